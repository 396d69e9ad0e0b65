import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"
import { AdminCreateForm, AdminGetFormsParams, AdminUpdateForm } from "./validators"

/** Forms are settings: every agent reads them, supervisors change them. */
export const adminFormRoutesMiddlewares: MiddlewareRoute[] = [
  ...["/admin/helpdesk/forms", "/admin/helpdesk/forms/:id"].map(
    (matcher): MiddlewareRoute => ({ method: ["GET"], matcher, middlewares: [validateAndTransformQuery(AdminGetFormsParams, {})] })
  ),
  { method: ["POST"], matcher: "/admin/helpdesk/forms", middlewares: [requireSupervisor, validateAndTransformBody(AdminCreateForm)] },
  { method: ["POST"], matcher: "/admin/helpdesk/forms/:id", middlewares: [requireSupervisor, validateAndTransformBody(AdminUpdateForm)] },
  { method: ["DELETE"], matcher: "/admin/helpdesk/forms/:id", middlewares: [requireSupervisor] },
]
