import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { formPageHeaders, renderFormPage } from "../../../../lib/pages/form-page"
import { FORM_TEXTS } from "../../../../lib/pages/form-texts"
import { renderPublicPage } from "../../../../lib/pages/public-page"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { formPageModel } from "../../../utils/forms/form-page-state"
import { loadPublicForm } from "../../../utils/forms/public-form"

/**
 * The hosted form page: a link to share, or an iframe (`?embed=1` drops the
 * page margins) on one of the form's allowed origins — the only ones its
 * frame-ancestors policy names.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const site = helpdesk.getOptions().storeName
  let form
  try {
    form = await loadPublicForm(req.scope, req.params.id)
  } catch (error) {
    if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.NOT_FOUND) throw error
    const language = helpdesk.getOptions().defaultLanguage
    return res
      .status(404)
      .set(formPageHeaders([]))
      .send(renderPublicPage({ language, site, heading: "404", text: FORM_TEXTS[language].notFound }))
  }
  const { page, state } = await formPageModel(req.scope, form)
  res.set(formPageHeaders(form.allowed_origins ?? [])).send(renderFormPage(page, state, { site, embedded: req.query.embed === "1" }))
}
