import { randomUUID } from "node:crypto"
import { MedusaRequest } from "@medusajs/framework/http"
import { checkFormStart, getFormRateLimiter, honeypotFilled, HONEYPOT_FIELD, verifyFormSolution } from "../../../lib/forms/bot-check"
import { FieldProblem, readSubmission, SubmittedValues } from "../../../lib/forms/submission-schema"
import { labelIn } from "../../../lib/forms/definition"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { keepUploads, receivedUploads } from "../receive-uploads"
import { departmentChoices, formLanguage, FormRow } from "./public-form"
import { FormSubmissionBody, FormSubmissionBodyType, normalizeSubmissionBody } from "./submission-body"
import { submitTogether } from "./submit-together"

export type SubmissionOutcome =
  | { ok: true; status: 200 | 201; ticket: { id: string; number: string } }
  | {
      ok: false
      status: 400 | 409 | 422 | 429
      /** For pages: which sentence to show; the message is the API's. */
      reason: "invalid" | "bot" | "too_fast" | "expired" | "challenge" | "limited" | "in_progress"
      message: string
      problems?: FieldProblem[]
      retry_after?: number
    }

const refuse = (status: 400 | 409 | 422 | 429, reason: Extract<SubmissionOutcome, { ok: false }>["reason"], message: string, extra = {}): SubmissionOutcome => ({ ok: false, status, reason, message, ...extra })

/**
 * Everything a public submission goes through, for the store route and the
 * hosted page alike: the body checked against the form's own schema, the bot
 * checks (honeypot, minimum fill time, ALTCHA once), the rate limits per IP
 * and email shared by every store process, then the ticket — stored before
 * anyone is told it was received. A repeat under the same idempotency key
 * answers with the first ticket (200).
 */
export async function submitFormRequest(req: MedusaRequest, form: FormRow): Promise<SubmissionOutcome> {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const options = helpdesk.getOptions()
  const secret = helpdesk.getSecretKey()

  const parsed = FormSubmissionBody.safeParse(normalizeSubmissionBody(req.body))
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return refuse(400, "invalid", `Invalid request: ${issue.path.join(".") || "body"} ${issue.message}`)
  }
  const body = parsed.data
  if (honeypotFilled(body[HONEYPOT_FIELD])) return refuse(400, "bot", "The submission was refused as automated.")
  if (secret) {
    const started = checkFormStart(secret, body.start_token, form.id, options.formMinFillSeconds)
    if (!started.ok && started.reason === "too_fast") return refuse(422, "too_fast", "The form was sent too quickly after it was opened; wait a moment and send it again.")
    if (!started.ok) return refuse(422, "expired", "The form's start_token is missing or expired; load the form again (GET its schema) and send it again.")
  }

  const checked = readSubmission(form.fields, body.values)
  if (!checked.ok) return refuse(400, "invalid", `Invalid request: ${checked.problems.map((p) => p.message).join("; ")}`, { problems: checked.problems })
  const files = receivedUploads(req)
  const missingFile = form.fields.find((f) => f.type === "file" && f.required && !files.length)
  if (missingFile) {
    const problem: FieldProblem = { field: missingFile.key, code: "required", message: `${missingFile.key}: is required` }
    return refuse(400, "invalid", `Invalid request: ${problem.message}`, { problems: [problem] })
  }
  const department = await chosenDepartment(req, form, body)
  if (department === false) return refuse(400, "invalid", "Invalid request: department_id is not one of the form's departments")

  // A repeat is found when its key is taken in the store's transaction, so a first submission costs no lookup;
  // a repeat of a stored one (a retry after a lost answer) gets its ticket even where its used ALTCHA or the limits refuse it.
  const key = body.idempotency_key ?? req.get("idempotency-key")?.trim() ?? null
  const repeat = async () => (key ? earlierSubmission(helpdesk, form.id, key) : null)
  const limiter = await getFormRateLimiter(req.scope)
  if (form.altcha_enabled && secret) {
    const solved = await verifyFormSolution(secret, body.altcha, { consumeOnce: (k, ttl) => limiter.consumeOnce(k, ttl) })
    if (!solved) return (await repeat()) || refuse(422, "challenge", "The anti-bot check (altcha) is missing, wrong, expired or already used; solve a new challenge and send again.")
  }
  const limit = await limiter.consume({ ip: req.ip ?? "unknown", email: checked.values.standard.email })
  if (!limit.ok) return (await repeat()) || refuse(429, "limited", `Too many submissions; try again in ${limit.retryAfterSeconds} seconds.`, { retry_after: limit.retryAfterSeconds })

  const ticket = await submitTogether(req.scope, { form_id: form.id, idempotency_key: key ?? randomUUID(), ...ticketOf(form, checked.values, department, files) })
  if (!ticket) return (await repeat()) ?? refuse(409, "in_progress", "This submission is still being stored; send it again in a moment.")
  keepUploads(req)
  return { ok: true, status: 201, ticket: { id: ticket.id, number: ticket.number } }
}

async function earlierSubmission(helpdesk: HelpdeskModuleService, formId: string, key: string): Promise<SubmissionOutcome | null> {
  const [earlier] = await helpdesk.listFormSubmissions({ form_id: formId, idempotency_key: key }, { select: ["ticket_id"] })
  if (!earlier) return null
  if (!earlier.ticket_id) return refuse(409, "in_progress", "This submission is still being stored; send it again in a moment.")
  const [ticket] = await helpdesk.listTickets({ id: earlier.ticket_id }, { select: ["id", "number"] })
  return ticket ? { ok: true, status: 200, ticket: { id: ticket.id, number: ticket.number } } : null
}

/** The form's own department, or the public one the customer picked where the form lets them; false for any other. */
async function chosenDepartment(req: MedusaRequest, form: FormRow, body: FormSubmissionBodyType): Promise<string | null | false> {
  if (!form.department_choice || !body.department_id) return form.department_id
  const choices = (await departmentChoices(req.scope, form)) ?? []
  return choices.some((d) => d.id === body.department_id) ? body.department_id : false
}

function ticketOf(form: FormRow, values: SubmittedValues, departmentId: string | null, files: ReturnType<typeof receivedUploads>) {
  const language = formLanguage(form)
  const { standard, custom } = values
  // Without a message field the request is what the other fields say, one per line, as the form labels them.
  const body =
    standard.message ??
    form.fields
      .filter((f) => f.key in custom)
      .map((f) => `${labelIn(f.label, language)}: ${formatValue(custom[f.key], language)}`)
      .join("\n")
  const now = new Date()
  return {
    ticket: {
      subject: standard.subject ?? form.title,
      channel: "form",
      contact_email: standard.email,
      contact_name: standard.name ?? null,
      department_id: departmentId,
      mailbox_id: form.mailbox_id,
      language,
      custom_fields: Object.keys(custom).length ? custom : null,
      metadata: { form_id: form.id },
      last_message_at: now,
      last_customer_message_at: now,
    },
    message: { body_text: body || "—", author_email: standard.email, author_name: standard.name ?? null, attachments: files },
  }
}

function formatValue(value: string | number | boolean, language: "en" | "ru"): string {
  if (typeof value !== "boolean") return String(value)
  return language === "ru" ? (value ? "да" : "нет") : value ? "yes" : "no"
}
