import { MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { AdminOrderActionEmpty, AdminRefundOrderPayment, AdminReturnOrderItems } from "./validators"

// Whether the agent may see the ticket is checked before these by the
// tickets' own middlewares (ensureTicketVisible on /admin/helpdesk/tickets/:id/*).
const action = (path: string, schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  method: ["POST"],
  matcher: `/admin/helpdesk/tickets/:id/orders/:order_id/${path}`,
  middlewares: [validateAndTransformBody(schema)],
})

export const adminTicketOrderActionMiddlewares: MiddlewareRoute[] = [
  action("cancel", AdminOrderActionEmpty),
  action("refunds", AdminRefundOrderPayment),
  action("returns", AdminReturnOrderItems),
  action("confirmation", AdminOrderActionEmpty),
]
