import { zodResolver } from "@hookform/resolvers/zod"
import { ArrowLeftMini } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { Link } from "react-router-dom"
import { AdminForm, useUpdateForm } from "../hooks/api/forms"
import { useHelpdeskT } from "../lib/i18n"
import { FormBuilderSchema, FormBuilderValues, toBuilderValues, toFormBody } from "./form-builder-values"
import { FormEmbedCodes } from "./form-embed-codes"
import { FormFieldsEditor } from "./form-fields-editor"
import { FormPreview } from "./form-preview"
import { FormSettingsSection } from "./form-settings-section"

/** Settings and fields on the left; the live preview and the embed codes beside them. */
export const FormBuilder = ({ saved }: { saved: AdminForm }) => {
  const t = useHelpdeskT("forms")
  const update = useUpdateForm(saved.id)
  const values = useMemo(() => toBuilderValues(saved), [saved])
  // `values` resets the builder to what the server answered after each save.
  const form = useForm<FormBuilderValues>({ resolver: zodResolver(FormBuilderSchema) as never, values, mode: "onTouched" })
  const dirty = form.formState.isDirty

  const onSubmit = form.handleSubmit(
    async (v) => {
      try {
        await update.mutateAsync(toFormBody(v))
        toast.success(t("builder.saved"))
      } catch (error) {
        toast.error(t("builder.save_failed", { message: (error as Error).message }))
      }
    },
    () => toast.error(t("builder.invalid"))
  )

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-y-3" aria-label={t("builder.heading")}>
      <Container className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
        <div className="flex items-center gap-x-3">
          <Link to="/settings/helpdesk/forms" aria-label={t("builder.back")} className="text-ui-fg-subtle hover:text-ui-fg-base"><ArrowLeftMini /></Link>
          <div>
            <div className="flex items-center gap-x-2">
              <Heading>{saved.name}</Heading>
              <Badge size="2xsmall" color={saved.enabled ? "green" : "grey"}>{t(saved.enabled ? "status.enabled" : "status.disabled")}</Badge>
            </div>
            <Text size="small" className="text-ui-fg-subtle">{dirty ? t("builder.unsaved") : t("builder.intro")}</Text>
          </div>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" type="button" disabled={!dirty || update.isPending} onClick={() => form.reset(values)}>{t("builder.discard")}</Button>
          <Button size="small" type="submit" isLoading={update.isPending}>{t("builder.save")}</Button>
        </div>
      </Container>
      <div className="grid grid-cols-1 items-start gap-3 xl:grid-cols-[minmax(0,_1fr)_440px]">
        <div className="flex min-w-0 flex-col gap-y-3">
          <FormFieldsEditor form={form} />
          <FormSettingsSection form={form} />
        </div>
        <div className="sticky top-0 flex min-w-0 flex-col gap-y-3 self-start">
          <FormPreview control={form.control} />
          <FormEmbedCodes form={saved} dirty={dirty} />
        </div>
      </div>
    </form>
  )
}
