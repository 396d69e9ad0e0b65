import { MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"
import {
  AdminCreateMailbox,
  AdminGetInboundMailsParams,
  AdminPreviewMailTemplate,
  AdminResetMailTemplateParams,
  AdminSaveMailTemplate,
  AdminUpdateMailbox,
} from "./validators"

/** Mailboxes hold credentials: only supervisors see or change them. */
export const adminMailboxRoutesMiddlewares: MiddlewareRoute[] = [
  { method: ["GET"], matcher: "/admin/helpdesk/mailboxes", middlewares: [requireSupervisor] },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/mailboxes",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminCreateMailbox)],
  },
  { method: ["GET", "DELETE"], matcher: "/admin/helpdesk/mailboxes/:id", middlewares: [requireSupervisor] },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/mailboxes/:id",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminUpdateMailbox)],
  },
  { method: ["POST"], matcher: "/admin/helpdesk/mailboxes/:id/test-connection", middlewares: [requireSupervisor] },
  { method: ["POST"], matcher: "/admin/helpdesk/mailboxes/:id/collect", middlewares: [requireSupervisor] },
  {
    method: ["GET"],
    matcher: "/admin/helpdesk/mailboxes/:id/inbound-mails",
    middlewares: [requireSupervisor, validateAndTransformQuery(AdminGetInboundMailsParams, {})],
  },
  { method: ["GET"], matcher: "/admin/helpdesk/mailboxes/:id/templates", middlewares: [requireSupervisor] },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/mailboxes/:id/templates/:kind",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminSaveMailTemplate)],
  },
  {
    method: ["DELETE"],
    matcher: "/admin/helpdesk/mailboxes/:id/templates/:kind",
    middlewares: [requireSupervisor, validateAndTransformQuery(AdminResetMailTemplateParams, {})],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/mailboxes/:id/templates/:kind/preview",
    middlewares: [requireSupervisor, validateAndTransformBody(AdminPreviewMailTemplate)],
  },
]
