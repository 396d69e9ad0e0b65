import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FORM_TEXTS } from "../../../../../lib/pages/form-texts"
import { formPageHeaders, renderFormPage } from "../../../../../lib/pages/form-page"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../modules/helpdesk"
import { formPageModel } from "../../../../utils/forms/form-page-state"
import { formLanguage, loadPublicForm } from "../../../../utils/forms/public-form"
import { respondSubmissionJson } from "../../../../utils/forms/respond-submission"
import { submitFormRequest } from "../../../../utils/forms/submit-form-request"

/**
 * Submissions from the hosted page and the embeds. A script asks for JSON
 * and shows the answer in place; a plain HTML post gets a page: the
 * thank-you (Post/Redirect/Get) or the form again with its errors.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const form = await loadPublicForm(req.scope, req.params.id)
  const outcome = await submitFormRequest(req, form)
  if (req.accepts(["html", "json"]) === "json" || req.is("application/json")) return respondSubmissionJson(req, res, form, outcome)

  if (outcome.ok) {
    const target = form.after_submit === "redirect" && form.redirect_url ? form.redirect_url : `sent?number=${encodeURIComponent(outcome.ticket.number)}`
    return res.redirect(303, target)
  }
  const t = FORM_TEXTS[formLanguage(form)]
  const values = typeof req.body === "object" && req.body ? (req.body as Record<string, unknown>) : {}
  const { page, state } = await formPageModel(req.scope, form, {
    values,
    problems: outcome.problems,
    alert: outcome.problems?.length ? t.fixFields : t.refusals[outcome.reason],
  })
  if (outcome.retry_after) res.setHeader("Retry-After", String(outcome.retry_after))
  const site = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().storeName
  res.status(outcome.status).set(formPageHeaders(form.allowed_origins ?? [])).send(renderFormPage(page, state, { site, embedded: false }))
}
