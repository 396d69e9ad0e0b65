import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"
import { validateNoQuery } from "../../../utils/validate-no-query"
import { AdminUpdateSettings } from "./validators"

export const adminSettingsRoutesMiddlewares: MiddlewareRoute[] = [
  ...["/admin/helpdesk/settings", "/admin/helpdesk/settings/options"].map(
    (matcher): MiddlewareRoute => ({ method: ["GET"], matcher, middlewares: [validateNoQuery()] })
  ),
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/settings",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminUpdateSettings)],
  },
]
