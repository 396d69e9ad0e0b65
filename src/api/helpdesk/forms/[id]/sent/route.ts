import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formPageHeaders, renderSentPage } from "../../../../../lib/pages/form-page"
import { FORM_TEXTS } from "../../../../../lib/pages/form-texts"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../modules/helpdesk"
import { formLanguage, loadPublicForm } from "../../../../utils/forms/public-form"

/** The thank-you page after a plain HTML submission; only a ticket number's digits are echoed. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const form = await loadPublicForm(req.scope, req.params.id)
  const language = formLanguage(form)
  const number = String(req.query.number ?? "").replace(/\D/g, "").slice(0, 12)
  const message = form.success_message || FORM_TEXTS[language].sent(number)
  const site = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().storeName
  res.set(formPageHeaders(form.allowed_origins ?? [])).send(renderSentPage({ title: form.title, language, colors: form.colors ?? {} }, message, site))
}
