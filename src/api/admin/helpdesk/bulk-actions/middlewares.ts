import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminBulkTicketAction } from "./validators"

export const adminBulkActionRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/helpdesk/bulk-actions", middlewares: [validateAndTransformBody(AdminBulkTicketAction)] },
]
