import { MiddlewareRoute, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"
import { AdminGetAuditLogParams } from "./validators"

/** The log tells who changed the helpdesk's configuration: supervisors read it. */
export const adminAuditLogRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/helpdesk/audit-log",
    middlewares: [requireSupervisor, validateAndTransformQuery(AdminGetAuditLogParams, {})],
  },
]
