import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCreateSavedView, AdminUpdateSavedView } from "./validators"

export const adminSavedViewRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/helpdesk/views", middlewares: [validateAndTransformBody(AdminCreateSavedView)] },
  { method: ["POST"], matcher: "/admin/helpdesk/views/:id", middlewares: [validateAndTransformBody(AdminUpdateSavedView)] },
]
