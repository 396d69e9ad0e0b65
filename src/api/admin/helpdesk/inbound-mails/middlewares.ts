import { MiddlewareRoute } from "@medusajs/framework/http"
import { requireSupervisor } from "../require-supervisor"

/** Raw mail of any mailbox is for supervisors, like the mailboxes themselves. */
export const adminInboundMailRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/helpdesk/inbound-mails/:id/*", middlewares: [requireSupervisor] },
]
