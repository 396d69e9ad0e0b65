import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCustomerNote } from "./validators"

export const adminCustomerNoteRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/customers/:customer_id/notes",
    middlewares: [validateAndTransformBody(AdminCustomerNote)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/customers/:customer_id/notes/:note_id",
    middlewares: [validateAndTransformBody(AdminCustomerNote)],
  },
]
