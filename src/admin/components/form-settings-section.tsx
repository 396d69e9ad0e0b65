import { Container, Heading, Input, Label, Switch, Textarea } from "@medusajs/ui"
import { Controller, UseFormReturn } from "react-hook-form"
import { FORM_LANGUAGES, useSalesChannels } from "../hooks/api/forms"
import { useMailboxes } from "../hooks/api/mailboxes"
import { useDepartments } from "../hooks/api/workflow"
import { useHelpdeskT } from "../lib/i18n"
import { FormBuilderValues } from "./form-builder-values"
import { BuilderField, BuilderSelect } from "./form-inputs"

type Values = FormBuilderValues

/** A form's own settings: names, language, looks, after-submit, where its tickets go, where it may be embedded. */
export const FormSettingsSection = ({ form }: { form: UseFormReturn<Values> }) => {
  const t = useHelpdeskT("forms")
  const { errors } = form.formState
  const departments = useDepartments().data?.departments ?? []
  const mailboxes = useMailboxes().data?.mailboxes ?? []
  const channels = useSalesChannels().data?.sales_channels ?? []
  const afterSubmit = form.watch("after_submit")

  const text = (name: keyof Values, props: Record<string, unknown> = {}, hint?: string) => (
    <BuilderField id={`form-${name}`} label={t(`settings.${name}`)} error={errors[name]?.message as string | undefined} hint={hint}>
      <Input id={`form-${name}`} size="small" {...form.register(name)} {...props} />
    </BuilderField>
  )
  const select = (name: keyof Values, options: { value: string; label: string }[], noneLabel?: string) => (
    <BuilderField id={`form-${name}`} label={t(`settings.${name}`)} error={errors[name]?.message as string | undefined}>
      <Controller control={form.control} name={name} render={({ field }) => (
        <BuilderSelect id={`form-${name}`} value={field.value as string} onChange={field.onChange} options={options} noneLabel={noneLabel} />
      )} />
    </BuilderField>
  )
  const toggle = (name: "enabled" | "altcha_enabled") => (
    <Controller control={form.control} name={name} render={({ field }) => (
      <div className="flex items-center gap-x-2">
        <Switch id={`form-${name}`} checked={field.value} onCheckedChange={field.onChange} />
        <Label htmlFor={`form-${name}`} size="small">{t(`settings.${name}`)}</Label>
      </div>
    )} />
  )
  const color = (name: "accent" | "background" | "text") => (
    <BuilderField id={`form-${name}`} label={t(`settings.colors.${name}`)} error={errors[name]?.message}>
      <div className="flex items-center gap-x-2">
        <span className="h-6 w-6 shrink-0 rounded border border-ui-border-base" style={{ background: form.watch(name) || "transparent" }} aria-hidden />
        <Input id={`form-${name}`} size="small" placeholder={t("settings.colors.default")} {...form.register(name)} />
      </div>
    </BuilderField>
  )

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <Heading level="h2">{t("settings.heading")}</Heading>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {text("name", {}, t("settings.name_hint"))}
        {text("title", { placeholder: form.watch("name") })}
      </div>
      <BuilderField id="form-description" label={t("settings.description")} error={errors.description?.message}>
        <Textarea id="form-description" rows={2} {...form.register("description")} />
      </BuilderField>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {select("language", FORM_LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) })))}
        {text("button_text", { placeholder: t("preview.send") })}
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">{color("accent")}{color("background")}{color("text")}</div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {select("after_submit", [{ value: "message", label: t("settings.after.message") }, { value: "redirect", label: t("settings.after.redirect") }])}
        {afterSubmit === "redirect" ? text("redirect_url", { placeholder: "https://" }) : text("success_message", { placeholder: t("settings.success_placeholder") })}
      </div>
      <Heading level="h3">{t("settings.routing")}</Heading>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        {select("department", [{ value: "choice", label: t("settings.department_choice") }, ...departments.map((d) => ({ value: d.id, label: d.name }))], t("settings.none"))}
        {select("mailbox_id", mailboxes.map((m) => ({ value: m.id, label: `${m.name} <${m.address}>` })), t("settings.default_mailbox"))}
        {select("sales_channel_id", channels.map((c) => ({ value: c.id, label: c.name })), t("settings.none"))}
      </div>
      <Heading level="h3">{t("settings.publishing")}</Heading>
      <BuilderField id="form-allowed_origins" label={t("settings.allowed_origins")} error={errors.allowed_origins?.message} hint={t("settings.allowed_origins_hint")}>
        <Textarea id="form-allowed_origins" rows={2} placeholder="https://shop.example.com" {...form.register("allowed_origins")} />
      </BuilderField>
      <div className="flex flex-wrap gap-x-4 gap-y-2">{toggle("enabled")}{toggle("altcha_enabled")}</div>
    </Container>
  )
}
