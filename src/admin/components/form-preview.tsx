import { Checkbox, Container, Heading, Input, Label, Select, Text, Textarea } from "@medusajs/ui"
import { Control, useWatch } from "react-hook-form"
import { useDepartments } from "../hooks/api/workflow"
import { useHelpdeskT } from "../lib/i18n"
import { BuilderFieldValues, FormBuilderValues, helpIn, labelIn } from "./form-builder-values"
import { SelectOptions } from "./select-options"

/**
 * The form as customers will see it, drawn from the builder's unsaved state
 * with the admin's own inputs, so every keystroke shows at once. An iframe of
 * the hosted page could not do that (it shows the saved form only), and the
 * page's frame-ancestors policy admits only the form's allowed origins, which
 * the admin's origin usually is not. Texts are in the form's language.
 */
export const FormPreview = ({ control }: { control: Control<FormBuilderValues> }) => {
  const t = useHelpdeskT("forms")
  const v = useWatch({ control }) as FormBuilderValues
  const departments = useDepartments().data?.departments.filter((d) => d.is_public) ?? []
  const lng = v.language ?? "en"
  const say = (key: string) => t(`preview.${key}`, { lng })
  const valid = (c?: string) => (c && /^#[0-9a-fA-F]{6}$/.test(c) ? c : undefined)
  const accent = valid(v.accent) ?? "#1d4ed8"

  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("preview.heading")}</Heading>
      <section
        aria-label={t("preview.heading")}
        data-testid="form-preview"
        lang={lng}
        className="flex flex-col gap-y-4 rounded-lg border border-ui-border-base p-4"
        style={{ background: valid(v.background), color: valid(v.text) }}
      >
        <Heading level="h3" style={INHERIT}>{v.title?.trim() || v.name}</Heading>
        {v.description?.trim() && <Text size="small" style={INHERIT}>{v.description}</Text>}
        {(v.fields ?? []).map((field, i) => (
          <PreviewField key={`${i}-${field.key}`} field={field} lng={lng} choose={say("choose")} />
        ))}
        {v.department === "choice" && (
          <div className="flex flex-col gap-y-1">
            <Label size="small" weight="plus" htmlFor="preview-department">{say("department")}</Label>
            <Select size="small">
              <Select.Trigger id="preview-department"><Select.Value placeholder={say("choose")} /></Select.Trigger>
              <Select.Content><SelectOptions options={departments.map((d) => ({ value: d.id, label: d.name }))} /></Select.Content>
            </Select>
          </div>
        )}
        {v.altcha_enabled && (
          <div className="rounded-md border border-ui-border-base px-3 py-2"><Text size="small">{say("altcha")}</Text></div>
        )}
        <button type="button" className="txt-compact-small-plus text-ui-fg-on-color w-fit rounded-md px-4 py-2" style={{ background: accent }}>
          {v.button_text?.trim() || say("send")}
        </button>
      </section>
    </Container>
  )
}

// The preview takes the form's own text colour, not the admin's.
const INHERIT = { color: "inherit" }

const PreviewField = ({ field, lng, choose }: { field: BuilderFieldValues; lng: string; choose: string }) => {
  const id = `preview-${field.key}`
  const label = (
    <Label htmlFor={id} size="small" weight={field.type === "checkbox" ? "regular" : "plus"} style={INHERIT}>
      {labelIn(field, lng) || field.key}
      {field.required && <span className="text-ui-fg-error" aria-hidden> *</span>}
    </Label>
  )
  const helpText = helpIn(field, lng)
  const help = helpText ? <Text id={`${id}-help`} size="xsmall" className="opacity-80" style={INHERIT}>{helpText}</Text> : null
  const describedBy = helpText ? `${id}-help` : undefined
  if (field.type === "checkbox") {
    return <div className="flex flex-col gap-y-1"><div className="flex items-center gap-x-2"><Checkbox id={id} aria-describedby={describedBy} />{label}</div>{help}</div>
  }
  const control = (() => {
    switch (field.type) {
      case "textarea":
        return <Textarea id={id} rows={4} aria-describedby={describedBy} />
      case "select":
        return (
          <Select size="small">
            <Select.Trigger id={id} aria-describedby={describedBy}><Select.Value placeholder={choose} /></Select.Trigger>
            <Select.Content>
              <SelectOptions options={choices(field, lng)} />
            </Select.Content>
          </Select>
        )
      default:
        return <Input id={id} size="small" type={field.type === "file" ? "file" : field.type} aria-describedby={describedBy} />
    }
  })()
  return <div className="flex flex-col gap-y-1">{label}{help}{control}</div>
}

/** A select's options as drawn; blank and repeated values (mid-edit) are left out, as Radix needs unique non-empty ones. */
const choices = (field: BuilderFieldValues, lng: string) => {
  const seen = new Set<string>()
  return (field.options ?? [])
    .filter((o) => o.value?.trim() && !seen.has(o.value) && seen.add(o.value))
    .map((o) => ({ value: o.value, label: labelIn(o, lng) || o.value }))
}
