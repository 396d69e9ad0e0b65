import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Heading, Input, Text, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { useCreateForm } from "../hooks/api/forms"
import { useHelpdeskT } from "../lib/i18n"
import { BuilderField } from "./form-inputs"

const NewForm = z.object({ name: z.string().trim().min(1, "errors.name").max(200) })
type NewFormValues = z.infer<typeof NewForm>

/**
 * Names a new form and opens it in the builder. The server gives it working
 * defaults (the four standard fields, ALTCHA on), so it can be published at once.
 */
export const FormCreateDrawer = ({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) => {
  const t = useHelpdeskT("forms")
  const create = useCreateForm()
  const navigate = useNavigate()
  const form = useForm<NewFormValues>({ resolver: zodResolver(NewForm) as never, defaultValues: { name: "" } })

  const onSubmit = form.handleSubmit(async ({ name }) => {
    try {
      const { form: created } = await create.mutateAsync({ name })
      toast.success(t("create.created"))
      form.reset()
      onOpenChange(false)
      navigate(`/settings/helpdesk/forms/${created.id}`)
    } catch (error) {
      toast.error(t("create.failed", { message: (error as Error).message }))
    }
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form onSubmit={onSubmit} className="flex h-full flex-col overflow-hidden">
          <Drawer.Header><Heading>{t("create.heading")}</Heading></Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">{t("create.intro")}</Text>
            <BuilderField id="new-form-name" label={t("settings.name")} error={form.formState.errors.name?.message} hint={t("settings.name_hint")}>
              <Input id="new-form-name" size="small" autoFocus {...form.register("name")} />
            </BuilderField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild><Button size="small" variant="secondary" type="button">{t("create.cancel")}</Button></Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>{t("create.submit")}</Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
