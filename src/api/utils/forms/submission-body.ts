import { z } from "@medusajs/framework/zod"
import { HONEYPOT_FIELD } from "../../../lib/forms/bot-check"

/** Keys of a submission that are not the form's values. */
const CONTROL_KEYS = ["start_token", "altcha", HONEYPOT_FIELD, "department_id", "idempotency_key", "values"]

export const FormSubmissionBody = z
  .object({
    /** The form's values by field key; an HTML form posts them flat, beside the keys below. */
    values: z.record(z.string().max(40), z.unknown()).refine((v) => Object.keys(v).length <= 60, "has too many keys"),
    start_token: z.string().max(1024).nullish(),
    altcha: z.string().max(4096).nullish(),
    [HONEYPOT_FIELD]: z.unknown().optional(),
    department_id: z.string().trim().max(64).nullish(),
    /** The same key on a repeated submit answers with the first one's ticket. */
    idempotency_key: z.string().trim().regex(/^[A-Za-z0-9_.:-]{8,200}$/, "must be 8 to 200 letters, digits or _.:-").nullish(),
  })
  .strict()
export type FormSubmissionBodyType = z.infer<typeof FormSubmissionBody>

/**
 * A storefront posts `{ values: {...}, start_token, ... }`; the hosted page
 * without script posts every field flat. Both become the first shape.
 */
export function normalizeSubmissionBody(body: unknown): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body
  const record = body as Record<string, unknown>
  if ("values" in record) return record
  const values: Record<string, unknown> = {}
  const rest: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) {
    if (CONTROL_KEYS.includes(key)) rest[key] = value === "" ? undefined : value
    else values[key] = value
  }
  return { ...rest, values }
}
