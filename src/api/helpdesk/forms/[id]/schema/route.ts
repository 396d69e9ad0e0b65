import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPublicForm, publicFormSchema } from "../../../../utils/forms/public-form"
import { formUrls } from "../../../../utils/forms/form-page-state"

/** The form's schema for a page on an allowed origin (CORS) to render it. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const form = await loadPublicForm(req.scope, req.params.id)
  res.setHeader("Cache-Control", "no-store")
  res.json(await publicFormSchema(req.scope, form, formUrls(req.scope, form.id).challenge))
}
