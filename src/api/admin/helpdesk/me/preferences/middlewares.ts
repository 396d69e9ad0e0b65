import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { validateNoQuery } from "../../../../utils/validate-no-query"
import { AdminUpdateAgentPreferences } from "./validators"

export const adminAgentPreferencesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/helpdesk/me/preferences", middlewares: [validateNoQuery()] },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/me/preferences",
    middlewares: [validateAndTransformBody(AdminUpdateAgentPreferences)],
  },
]
