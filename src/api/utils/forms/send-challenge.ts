import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { createFormChallenge } from "../../../lib/forms/bot-check"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { loadPublicForm } from "./public-form"

/** A fresh ALTCHA challenge for a form that asks for one (the widget fetches it). */
export async function sendChallenge(req: MedusaRequest, res: MedusaResponse) {
  const form = await loadPublicForm(req.scope, req.params.id)
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const secret = helpdesk.getSecretKey()
  if (!form.altcha_enabled || !secret) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This form does not use a proof-of-work check.")
  res.setHeader("Cache-Control", "no-store")
  res.json(await createFormChallenge(secret, new Date(), { maxNumber: helpdesk.getOptions().altchaMaxNumber }))
}
