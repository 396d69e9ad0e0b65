import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formLanguage, FormRow } from "./public-form"
import { submissionAnswer } from "./submission-answer"
import { SubmissionOutcome } from "./submit-form-request"

/** Sends a submission's outcome as JSON: 201 (or 200 for a repeat), else the refusal with Retry-After on 429. */
export function respondSubmissionJson(_req: MedusaRequest, res: MedusaResponse, form: FormRow, outcome: SubmissionOutcome) {
  if (!outcome.ok && outcome.retry_after) res.setHeader("Retry-After", String(outcome.retry_after))
  res.status(outcome.status).json(submissionAnswer(form, outcome, formLanguage(form)))
}
