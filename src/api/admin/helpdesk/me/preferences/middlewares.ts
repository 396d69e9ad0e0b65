import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpdateAgentPreferences } from "./validators"

export const adminAgentPreferencesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/me/preferences",
    middlewares: [validateAndTransformBody(AdminUpdateAgentPreferences)],
  },
]
