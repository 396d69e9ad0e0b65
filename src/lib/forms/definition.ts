import { z } from "@medusajs/framework/zod"
import { isOrigin } from "./origin"

/** Languages a form, its hosted page and its labels come in. */
export const FORM_LANGUAGES = ["en", "ru"] as const
export type FormLanguage = (typeof FORM_LANGUAGES)[number]

export const FIELD_TYPES = ["text", "textarea", "select", "checkbox", "number", "date", "email", "file"] as const
export type FormFieldType = (typeof FIELD_TYPES)[number]

/**
 * The four fields every ticket is made of. They keep these keys and types;
 * their values go to the ticket's columns, every other field's value to
 * `custom_fields`.
 */
export const STANDARD_FIELDS = { name: "text", email: "email", subject: "text", message: "textarea" } as const
export type StandardFieldKey = keyof typeof STANDARD_FIELDS

export function isStandardField(key: string): key is StandardFieldKey {
  return Object.prototype.hasOwnProperty.call(STANDARD_FIELDS, key)
}

const Label = z
  .object({ en: z.string().trim().min(1).max(300).optional(), ru: z.string().trim().min(1).max(300).optional() })
  .strict()
  .refine((l) => l.en || l.ru, "needs a label in at least one language (en or ru)")

const Option = z.object({ value: z.string().trim().min(1).max(200), label: Label }).strict()

/** A line under a field that says what to enter (shown below the label, read out with the field). */
const Help = z.object({ en: z.string().trim().max(500).optional(), ru: z.string().trim().max(500).optional() }).strict()

export const FormFieldSchema = z
  .object({
    /** The name its value is sent and kept under. */
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, "must be lower-case letters, digits and _ (starting with a letter), at most 40"),
    type: z.enum(FIELD_TYPES),
    label: Label,
    required: z.boolean().default(false),
    /** The choices of a select field. */
    options: z.array(Option).min(1).max(100).optional(),
    help: Help.optional(),
  })
  .strict()
export type FormField = z.output<typeof FormFieldSchema>

/** A form's fields in the order they show; checked as a whole (keys, the standard four, options). */
export const FormFieldsSchema = z
  .array(FormFieldSchema)
  .min(1)
  .max(40)
  .superRefine((fields, ctx) => {
    const seen = new Set<string>()
    fields.forEach((field, i) => {
      const problem = (message: string, path: (string | number)[] = []) =>
        ctx.addIssue({ code: "custom", message, path: [i, ...path] })
      if (seen.has(field.key)) problem(`the key "${field.key}" is used twice`, ["key"])
      seen.add(field.key)
      if (isStandardField(field.key) && field.type !== STANDARD_FIELDS[field.key]) {
        problem(`the field "${field.key}" must be of type ${STANDARD_FIELDS[field.key]}`, ["type"])
      }
      if (field.type === "select" && !field.options?.length) problem("a select field needs options", ["options"])
      if (field.type !== "select" && field.options) problem("only a select field has options", ["options"])
      if (field.type === "select" && field.options) {
        const values = field.options.map((o) => o.value)
        if (new Set(values).size !== values.length) problem("option values must differ", ["options"])
      }
    })
    const email = fields.find((f) => f.key === "email")
    // The ticket is answered at this address; without it nobody hears back.
    if (!email || !email.required) ctx.addIssue({ code: "custom", message: 'a form needs the field "email", required', path: [] })
  })

/** The fields a new form starts with: name, email, subject and message, working at once. */
export function defaultFormFields(): FormField[] {
  return [
    { key: "name", type: "text", label: { en: "Your name", ru: "Ваше имя" }, required: false },
    { key: "email", type: "email", label: { en: "Email", ru: "Электронная почта" }, required: true },
    { key: "subject", type: "text", label: { en: "Subject", ru: "Тема" }, required: true },
    { key: "message", type: "textarea", label: { en: "Message", ru: "Сообщение" }, required: true },
  ]
}

const HEX_COLOR = z.string().regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #1f6feb")

export const FormColorsSchema = z
  .object({ accent: HEX_COLOR.optional(), background: HEX_COLOR.optional(), text: HEX_COLOR.optional() })
  .strict()
export type FormColors = z.output<typeof FormColorsSchema>

/** An origin a page embedding the form is served from: scheme, host and port only. */
export const OriginSchema = z
  .string()
  .trim()
  .max(300)
  .refine(isOrigin, 'must be an origin such as "https://shop.example.com" (scheme, host and port; no path)')
  .transform((value) => new URL(value).origin)

/** A label in `language`, else in the other one. */
export function labelIn(label: { en?: string; ru?: string }, language: FormLanguage): string {
  return label[language] ?? label.en ?? label.ru ?? ""
}
