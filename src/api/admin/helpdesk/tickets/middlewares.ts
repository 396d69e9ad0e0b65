import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listTicketsQueryConfig, retrieveTicketQueryConfig } from "./query-config"
import {
  AdminAddTicketNote,
  AdminAssignTicket,
  AdminCreateTicket,
  AdminForwardTicket,
  AdminGetTicketParams,
  AdminGetTicketsParams,
  AdminReplyToTicket,
  AdminTicketTransition,
} from "./validators"

const action = (path: string, schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  method: ["POST"],
  matcher: `/admin/helpdesk/tickets/:id/${path}`,
  middlewares: [validateAndTransformBody(schema)],
})

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
  action("reply", AdminReplyToTicket),
  action("forward", AdminForwardTicket),
  action("assign", AdminAssignTicket),
  action("notes", AdminAddTicketNote),
  ...["close", "reopen", "delete", "restore", "accept"].map((path) => action(path, AdminTicketTransition)),
]
