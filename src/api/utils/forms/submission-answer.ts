import { FormLanguage } from "../../../lib/forms/definition"
import { FORM_TEXTS } from "../../../lib/pages/form-texts"
import { FormRow } from "./public-form"
import { SubmissionOutcome } from "./submit-form-request"

/**
 * The JSON answer to a submission: the API's fields, and `display` with every
 * sentence a page shows in the form's language, so scripts hold no texts.
 */
export function submissionAnswer(form: FormRow, outcome: SubmissionOutcome, language: FormLanguage) {
  const t = FORM_TEXTS[language]
  if (outcome.ok) {
    return {
      ticket: { number: outcome.ticket.number },
      after_submit: form.after_submit === "redirect" && form.redirect_url ? { type: "redirect", url: form.redirect_url } : { type: "message" },
      display: { message: form.success_message || t.sent(outcome.ticket.number) },
    }
  }
  return {
    type: outcome.status === 429 ? "too_many_requests" : outcome.status === 409 ? "conflict" : "invalid_data",
    message: outcome.message,
    ...(outcome.problems ? { errors: outcome.problems.map((p) => ({ field: p.field, code: p.code, message: p.message })) } : {}),
    display: {
      alert: outcome.problems?.length ? t.fixFields : t.refusals[outcome.reason],
      problems: (outcome.problems ?? []).map((p) => ({ field: p.field, text: t.problems[p.code] })),
    },
  }
}
