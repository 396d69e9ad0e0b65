import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminUpdateNotificationPreferences } from "./validators"

export const adminNotificationPreferencesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/notification-preferences",
    middlewares: [validateAndTransformBody(AdminUpdateNotificationPreferences)],
  },
]
