import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPublicForm, publicFormSchema } from "../../../../utils/forms/public-form"

/**
 * A form's schema for a storefront to render: fields with labels in the
 * form's language, departments to pick from, and the bot check to pass
 * (send `bot_check.start_token` back; solve the challenge when there is one).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const form = await loadPublicForm(req.scope, req.params.id)
  res.setHeader("Cache-Control", "no-store")
  res.json(await publicFormSchema(req.scope, form, `/store/helpdesk/forms/${form.id}/challenge`))
}
