import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"
import { AdminUpdateSettings } from "./validators"

export const adminSettingsRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/settings",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminUpdateSettings)],
  },
]
