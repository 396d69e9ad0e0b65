import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadPublicForm } from "../../../../../utils/forms/public-form"
import { respondSubmissionJson } from "../../../../../utils/forms/respond-submission"
import { submitFormRequest } from "../../../../../utils/forms/submit-form-request"

/**
 * A storefront sends a filled form: `{ values, start_token, altcha?,
 * idempotency_key? }` as JSON, or multipart/form-data with that JSON in
 * `payload` and files beside it. 201 with the ticket number once it is stored.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const form = await loadPublicForm(req.scope, req.params.id)
  respondSubmissionJson(req, res, form, await submitFormRequest(req, form))
}
