import { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { HONEYPOT_FIELD } from "../../../lib/forms/bot-check"
import { formCors } from "../../utils/forms/form-cors"
import { loadPublicForm } from "../../utils/forms/public-form"
import { receiveUploads, receiveUploadsWith } from "../../utils/receive-uploads"
import { StoreGetTicketParams } from "../../store/helpdesk/tickets/validators"

const CONTROL_FIELDS = ["start_token", "altcha", HONEYPOT_FIELD, "department_id", "idempotency_key"]

/** An HTML form posts its fields flat beside the files; which fields depends on the form. */
async function receiveFormUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!req.is("multipart/form-data")) return next()
  try {
    const form = await loadPublicForm(req.scope, req.params.id)
    const fields = [...form.fields.filter((f) => f.type !== "file").map((f) => f.key), ...CONTROL_FIELDS]
    await receiveUploadsWith({ formFields: fields })(req, res, next)
  } catch (error) {
    next(error)
  }
}

/** The hosted page and embeds: public, no publishable key, CORS limited to each form's allowed origins. */
export const publicFormRoutesMiddlewares: MiddlewareRoute[] = [
  ...["schema", "challenge", "fragment", "submissions"].map(
    (route): MiddlewareRoute => ({ matcher: `/helpdesk/forms/:id/${route}`, middlewares: [formCors] })
  ),
  { method: ["POST"], matcher: "/helpdesk/forms/:id/submissions", middlewares: [receiveFormUploads] },
  // A storefront sends JSON, or its JSON in `payload` beside files, like every other store route.
  { method: ["POST"], matcher: "/store/helpdesk/forms/:id/submissions", middlewares: [receiveUploads] },
  ...["/store/helpdesk/forms/:id", "/store/helpdesk/forms/:id/challenge"].map(
    (matcher): MiddlewareRoute => ({ method: ["GET"], matcher, middlewares: [validateAndTransformQuery(StoreGetTicketParams, {})] })
  ),
]
