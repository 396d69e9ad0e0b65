import { z } from "zod"
import { AdminForm, FORM_FIELD_TYPES, FORM_LANGUAGES, FormBody, FormLabel, standardTypeOf } from "../hooks/api/forms"
import { isOrigin } from "../../lib/forms/origin"

/**
 * The builder's editable state and its checks. They mirror the server's
 * (src/lib/forms/definition.ts), so most mistakes show beside the field before
 * Save; the server still has the last word and its message is toasted.
 * Messages are i18n keys of the "forms" area.
 */
const KEY = /^[a-z][a-z0-9_]{0,39}$/
const COLOR = /^(#[0-9a-fA-F]{6})?$/

const label = { label_en: z.string().trim().max(300), label_ru: z.string().trim().max(300) }
const hasLabel = (l: { label_en: string; label_ru: string }) => !!(l.label_en || l.label_ru)

const BuilderOption = z.object({ value: z.string().trim().min(1, "errors.option_value").max(200), ...label })

const BuilderField = z.object({
  key: z.string().regex(KEY, "errors.key"),
  type: z.enum(FORM_FIELD_TYPES),
  ...label,
  required: z.boolean(),
  options: z.array(BuilderOption),
  help_en: z.string().trim().max(500),
  help_ru: z.string().trim().max(500),
})

export const FormBuilderSchema = z
  .object({
    name: z.string().trim().min(1, "errors.name").max(200),
    title: z.string().trim().max(300),
    description: z.string().max(5_000),
    language: z.enum(FORM_LANGUAGES),
    enabled: z.boolean(),
    button_text: z.string().trim().max(100),
    accent: z.string().regex(COLOR, "errors.color"),
    background: z.string().regex(COLOR, "errors.color"),
    text: z.string().regex(COLOR, "errors.color"),
    after_submit: z.enum(["message", "redirect"]),
    success_message: z.string().max(2_000),
    redirect_url: z.string().trim().max(2_000),
    /** "" none, "choice" the customer picks, else a department id. */
    department: z.string(),
    sales_channel_id: z.string(),
    mailbox_id: z.string(),
    /** One origin a line. */
    allowed_origins: z.string(),
    altcha_enabled: z.boolean(),
    fields: z.array(BuilderField).min(1, "errors.no_fields").max(40),
  })
  .superRefine((v, ctx) => {
    const issue = (message: string, path: (string | number)[]) => ctx.addIssue({ code: "custom", message, path })
    const seen = new Set<string>()
    v.fields.forEach((f, i) => {
      if (seen.has(f.key)) issue("errors.key_twice", ["fields", i, "key"])
      seen.add(f.key)
      if (standardTypeOf(f.key) && standardTypeOf(f.key) !== f.type) issue("errors.standard_type", ["fields", i, "type"])
      if (!hasLabel(f)) issue("errors.label", ["fields", i, "label_en"])
      if (f.type === "select" && !f.options.length) issue("errors.options", ["fields", i, "options"])
      f.options.forEach((o, j) => !hasLabel(o) && issue("errors.label", ["fields", i, "options", j, "label_en"]))
    })
    if (!v.fields.some((f) => f.key === "email" && f.required)) issue("errors.email_field", ["fields"])
    if (v.after_submit === "redirect" && !/^https?:\/\/\S+$/.test(v.redirect_url)) issue("errors.redirect_url", ["redirect_url"])
    originLines(v.allowed_origins).forEach((o) => !isOrigin(o) && issue("errors.origin", ["allowed_origins"]))
  })

export type FormBuilderValues = z.infer<typeof FormBuilderSchema>
export type BuilderFieldValues = FormBuilderValues["fields"][number]

const originLines = (text: string) => text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean)

const labelOf = (l: { label_en: string; label_ru: string }): FormLabel => ({
  ...(l.label_en.trim() ? { en: l.label_en.trim() } : {}),
  ...(l.label_ru.trim() ? { ru: l.label_ru.trim() } : {}),
})

export const toBuilderValues = (form: AdminForm): FormBuilderValues => ({
  name: form.name,
  title: form.title ?? "",
  description: form.description ?? "",
  language: form.language,
  enabled: form.enabled,
  button_text: form.button_text ?? "",
  accent: form.colors?.accent ?? "",
  background: form.colors?.background ?? "",
  text: form.colors?.text ?? "",
  after_submit: form.after_submit,
  success_message: form.success_message ?? "",
  redirect_url: form.redirect_url ?? "",
  department: form.department_choice ? "choice" : form.department_id ?? "",
  sales_channel_id: form.sales_channel_id ?? "",
  mailbox_id: form.mailbox_id ?? "",
  allowed_origins: (form.allowed_origins ?? []).join("\n"),
  altcha_enabled: form.altcha_enabled,
  fields: form.fields.map((f) => ({
    key: f.key,
    type: f.type,
    label_en: f.label.en ?? "",
    label_ru: f.label.ru ?? "",
    required: f.required,
    options: (f.options ?? []).map((o) => ({ value: o.value, label_en: o.label.en ?? "", label_ru: o.label.ru ?? "" })),
    help_en: f.help?.en ?? "",
    help_ru: f.help?.ru ?? "",
  })),
})

export const toFormBody = (v: FormBuilderValues): FormBody => {
  const colors = { ...(v.accent && { accent: v.accent }), ...(v.background && { background: v.background }), ...(v.text && { text: v.text }) }
  return {
    name: v.name,
    // An empty title shows the name, as on a new form.
    title: v.title.trim() || v.name,
    description: v.description.trim() || null,
    language: v.language,
    enabled: v.enabled,
    button_text: v.button_text || null,
    colors: Object.keys(colors).length ? colors : null,
    after_submit: v.after_submit,
    success_message: v.success_message.trim() || null,
    redirect_url: v.redirect_url || null,
    department_choice: v.department === "choice",
    department_id: v.department && v.department !== "choice" ? v.department : null,
    sales_channel_id: v.sales_channel_id || null,
    mailbox_id: v.mailbox_id || null,
    allowed_origins: originLines(v.allowed_origins).map((o) => o.replace(/\/$/, "")),
    altcha_enabled: v.altcha_enabled,
    fields: v.fields.map((f) => ({
      key: f.key,
      type: f.type,
      label: labelOf(f),
      required: f.required,
      ...(f.type === "select" ? { options: f.options.map((o) => ({ value: o.value.trim(), label: labelOf(o) })) } : {}),
      ...(f.help_en.trim() || f.help_ru.trim() ? { help: labelOf({ label_en: f.help_en, label_ru: f.help_ru }) } : {}),
    })),
  }
}

/** A label in the form's language, else in the other one. */
export const labelIn = (l: { label_en: string; label_ru: string }, language: string) =>
  (language === "ru" ? l.label_ru || l.label_en : l.label_en || l.label_ru) || ""

/** A field's help line in the form's language, else in the other one. */
export const helpIn = (f: { help_en: string; help_ru: string }, language: string) => labelIn({ label_en: f.help_en, label_ru: f.help_ru }, language)

/** A key for a field from its label, when that gives a valid unused one. */
export const keyFromLabel = (text: string, taken: string[]) => {
  const slug = text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "_").replace(/^[^a-z]+|_+$/g, "").slice(0, 40)
  return KEY.test(slug) && !taken.includes(slug) ? slug : null
}

/** An unused `field_N` key for a new field. */
export const freshFieldKey = (taken: string[]) => {
  let n = taken.length + 1
  while (taken.includes(`field_${n}`)) n++
  return `field_${n}`
}
