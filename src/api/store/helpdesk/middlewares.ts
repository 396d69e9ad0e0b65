import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreProveEmail } from "./email-proofs/validators"
import { StoreGetTicketParams, StoreGetTicketsParams } from "./tickets/validators"

const customer = authenticate("customer", ["session", "bearer"])

/** "My requests": a signed-in customer only (Medusa checks the publishable key of every /store route). */
export const storeHelpdeskRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/helpdesk/tickets*", middlewares: [customer] },
  { matcher: "/store/helpdesk/email-proofs*", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/helpdesk/tickets", middlewares: [validateAndTransformQuery(StoreGetTicketsParams, {})] },
  { method: ["GET"], matcher: "/store/helpdesk/tickets/:id", middlewares: [validateAndTransformQuery(StoreGetTicketParams, {})] },
  { method: ["POST"], matcher: "/store/helpdesk/email-proofs", middlewares: [validateAndTransformBody(StoreProveEmail)] },
]
