import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listTicketsQueryConfig, retrieveTicketQueryConfig } from "./query-config"
import { AdminCreateTicket, AdminGetTicketParams, AdminGetTicketsParams } from "./validators"

export const adminTicketRoutesMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/helpdesk/tickets",
    middlewares: [validateAndTransformQuery(AdminGetTicketsParams, listTicketsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/tickets",
    middlewares: [
      validateAndTransformBody(AdminCreateTicket),
      validateAndTransformQuery(AdminGetTicketParams, retrieveTicketQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/helpdesk/tickets/:id",
    middlewares: [validateAndTransformQuery(AdminGetTicketParams, retrieveTicketQueryConfig)],
  },
]
