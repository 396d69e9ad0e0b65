import { z } from "@medusajs/framework/zod"
import { FormField, isStandardField, StandardFieldKey } from "./definition"

/** Why a value was refused; pages translate the code, APIs show the message. */
export type FieldProblemCode = "required" | "invalid_email" | "too_long" | "invalid_choice" | "invalid_number" | "invalid_date" | "must_accept" | "invalid"

export interface FieldProblem {
  field: string
  code: FieldProblemCode
  message: string
}

export type CustomFieldValue = string | number | boolean

export interface SubmittedValues {
  standard: Partial<Record<StandardFieldKey, string>> & { email: string }
  custom: Record<string, CustomFieldValue>
}

const MAX_TEXT = 1_000
const MAX_LONG_TEXT = 20_000
const TRUE = new Set([true, "true", "on", "1", "yes"])
const FALSE = new Set([false, "false", "off", "0", "no", "", undefined, null])

/**
 * The zod schema of one form's values, built from its definition, so every
 * field is checked on the server whatever the page in front of it did.
 * HTML forms send strings only: "on" is a ticked box, "12" a number.
 * File fields are not values; their files come with the upload.
 */
export function submissionSchema(fields: FormField[]) {
  const shape: Record<string, z.ZodType> = {}
  for (const field of fields) {
    if (field.type !== "file") shape[field.key] = fieldSchema(field)
  }
  // Unknown keys are dropped, not refused: a page may carry a field the form no longer has.
  return z.object(shape)
}

// Building a schema costs more than checking a submission with it; forms change rarely and are few.
const builtSchemas = new Map<string, ReturnType<typeof submissionSchema>>()
const MAX_BUILT_SCHEMAS = 200

function schemaOf(fields: FormField[]) {
  const definition = JSON.stringify(fields)
  let schema = builtSchemas.get(definition)
  if (!schema) {
    schema = submissionSchema(fields)
    if (builtSchemas.size >= MAX_BUILT_SCHEMAS) builtSchemas.delete(builtSchemas.keys().next().value!)
    builtSchemas.set(definition, schema)
  }
  return schema
}

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "")

function fieldSchema(field: FormField): z.ZodType {
  const optional = (schema: z.ZodType) =>
    z.preprocess((v) => (isEmpty(v) ? undefined : v), field.required ? schema : schema.optional())
  switch (field.type) {
    case "text":
    case "textarea": {
      const max = field.type === "textarea" ? MAX_LONG_TEXT : MAX_TEXT
      return optional(z.string({ error: "must be text" }).trim().max(max, { error: `must be at most ${max} characters` }))
    }
    case "email":
      return optional(z.string({ error: "must be text" }).trim().max(320).pipe(z.email({ error: "must be an email address" })).transform((e) => e.toLowerCase()))
    case "select": {
      const values = (field.options ?? []).map((o) => o.value)
      return optional(z.string({ error: "must be one of the choices" }).refine((v) => values.includes(v), { error: "must be one of the choices" }))
    }
    case "checkbox":
      return z
        .unknown()
        .refine((v) => TRUE.has(v as never) || FALSE.has(v as never), { error: "must be ticked or not" })
        .transform((v) => TRUE.has(v as never))
        .refine((v) => v || !field.required, { error: "must be ticked" })
    case "number":
      return optional(
        z.union([z.number(), z.string().trim().regex(/^-?\d+(\.\d+)?$/).transform(Number)], { error: "must be a number" })
          .refine((n) => Number.isFinite(n) && Math.abs(n) < 1e15, { error: "must be a number" })
      )
    case "date":
      return optional(z.string({ error: "must be a date" }).trim().refine(isIsoDate, { error: "must be a date (YYYY-MM-DD)" }))
    default:
      return z.never()
  }
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
}

/** The form's values checked and split into the ticket's columns and its custom fields, or every problem by field. */
export function readSubmission(
  fields: FormField[],
  values: unknown
): { ok: true; values: SubmittedValues } | { ok: false; problems: FieldProblem[] } {
  const input = values && typeof values === "object" && !Array.isArray(values) ? values : {}
  const result = schemaOf(fields).safeParse(input)
  if (!result.success) {
    const byKey = new Map(fields.map((f) => [f.key, f]))
    const problems = new Map<string, FieldProblem>()
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "")
      if (problems.has(key)) continue
      const field = byKey.get(key)
      const missing = issue.code === "invalid_type" && isEmpty((input as Record<string, unknown>)[key])
      const code = missing ? "required" : codeOf(field, issue.message)
      problems.set(key, { field: key, code, message: `${key}: ${missing ? "is required" : issue.message}` })
    }
    return { ok: false, problems: [...problems.values()] }
  }
  const standard: Record<string, string> = {}
  const custom: Record<string, CustomFieldValue> = {}
  for (const [key, value] of Object.entries(result.data as Record<string, CustomFieldValue | undefined>)) {
    if (value === undefined) continue
    if (isStandardField(key)) standard[key] = String(value)
    else custom[key] = value
  }
  return { ok: true, values: { standard: standard as SubmittedValues["standard"], custom } }
}

function codeOf(field: FormField | undefined, message: string): FieldProblemCode {
  if (!field) return "invalid"
  if (message === "must be ticked") return "must_accept"
  if (message.startsWith("must be at most")) return "too_long"
  const byType: Partial<Record<FormField["type"], FieldProblemCode>> = {
    email: "invalid_email",
    select: "invalid_choice",
    number: "invalid_number",
    date: "invalid_date",
  }
  return byType[field.type] ?? "invalid"
}
