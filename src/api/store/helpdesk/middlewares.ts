import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { receiveUploads } from "../../utils/receive-uploads"
import { StoreSendEmailLink } from "./email-links/validators"
import { StoreProveEmail } from "./email-proofs/validators"
import { StoreAddTicketMessage, StoreCreateTicket, StoreGetTicketParams, StoreGetTicketsParams, StoreTicketAction } from "./tickets/validators"

const customer = authenticate("customer", ["session", "bearer"])

/** "My requests": a signed-in customer only (Medusa checks the publishable key of every /store route). */
export const storeHelpdeskRoutesMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/helpdesk/tickets*", middlewares: [customer] },
  { matcher: "/store/helpdesk/email-proofs*", middlewares: [customer] },
  { matcher: "/store/helpdesk/email-links*", middlewares: [customer] },
  { method: ["GET"], matcher: "/store/helpdesk/tickets", middlewares: [validateAndTransformQuery(StoreGetTicketsParams, {})] },
  // Routes that take no query still refuse one (`fields` included), so nothing is silently ignored.
  ...["/store/helpdesk/tickets/:id", "/store/helpdesk/tickets/:id/attachments/:attachment_id"].map(
    (matcher): MiddlewareRoute => ({ method: ["GET"], matcher, middlewares: [validateAndTransformQuery(StoreGetTicketParams, {})] })
  ),
  { method: ["DELETE"], matcher: "/store/helpdesk/tickets/:id/archive", middlewares: [validateAndTransformQuery(StoreGetTicketParams, {})] },
  { method: ["POST"], matcher: "/store/helpdesk/tickets", middlewares: [receiveUploads, validateAndTransformBody(StoreCreateTicket)] },
  { method: ["POST"], matcher: "/store/helpdesk/tickets/:id/messages", middlewares: [receiveUploads, validateAndTransformBody(StoreAddTicketMessage)] },
  ...["reopen", "cancel", "archive", "read"].map(
    (action): MiddlewareRoute => ({ method: ["POST"], matcher: `/store/helpdesk/tickets/:id/${action}`, middlewares: [validateAndTransformBody(StoreTicketAction)] })
  ),
  { method: ["POST"], matcher: "/store/helpdesk/email-proofs", middlewares: [validateAndTransformBody(StoreProveEmail)] },
  { method: ["POST"], matcher: "/store/helpdesk/email-links", middlewares: [validateAndTransformBody(StoreSendEmailLink)] },
]
