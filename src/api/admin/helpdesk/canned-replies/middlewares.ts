import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"
import { AdminCreateCannedReply, AdminRenderCannedReply, AdminUpdateCannedReply } from "./validators"

export const adminCannedReplyRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/canned-replies",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminCreateCannedReply)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/canned-replies/:id",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminUpdateCannedReply)],
  },
  { method: ["DELETE"], matcher: "/admin/helpdesk/canned-replies/:id", middlewares: [requireSupervisor] },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/canned-replies/:id/render",
    middlewares: [validateAndTransformBody(AdminRenderCannedReply)],
  },
]
