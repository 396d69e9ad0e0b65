import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminCollectMail } from "./validators"

export const adminCollectMailRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["POST"], matcher: "/admin/helpdesk/collect", middlewares: [validateAndTransformBody(AdminCollectMail)] },
]
