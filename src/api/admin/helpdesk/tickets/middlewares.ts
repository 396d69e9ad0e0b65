import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { receiveUploads } from "../../../utils/receive-uploads"
import { validateNoQuery } from "../../../utils/validate-no-query"
import { validateQueryFields } from "../../../utils/validate-query-fields"
import { ensureTicketVisible } from "./ensure-ticket-visible"
import { adminTicketAllowedFields, listTicketsQueryConfig, retrieveTicketQueryConfig } from "./query-config"
import {
  AdminAddTicketNote,
  AdminAssignTicket,
  AdminClaimTicket,
  AdminCreateTicket,
  AdminForwardTicket,
  AdminGetTicketContextParams,
  AdminGetTicketParams,
  AdminGetTicketsParams,
  AdminMergeTicket,
  AdminSplitTicket,
  AdminReplyToTicket,
  AdminTicketTransition,
  AdminUpdateTicket,
} from "./validators"

const ticketFields = validateQueryFields(adminTicketAllowedFields)

const action = (path: string, schema: Parameters<typeof validateAndTransformBody>[0], withFiles = false): MiddlewareRoute => ({
  method: ["POST"],
  matcher: `/admin/helpdesk/tickets/:id/${path}`,
  middlewares: withFiles ? [receiveUploads, validateAndTransformBody(schema)] : [validateAndTransformBody(schema)],
})

export const adminTicketRoutesMiddlewares: MiddlewareRoute[] = [
  // First, so no handler runs for a ticket the agent may not see.
  { matcher: "/admin/helpdesk/tickets/:id", middlewares: [ensureTicketVisible] },
  { matcher: "/admin/helpdesk/tickets/:id/*", middlewares: [ensureTicketVisible] },
  {
    method: ["GET"],
    matcher: "/admin/helpdesk/tickets",
    middlewares: [ticketFields, validateAndTransformQuery(AdminGetTicketsParams, listTicketsQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/tickets",
    middlewares: [
      validateAndTransformBody(AdminCreateTicket),
      ticketFields,
      validateAndTransformQuery(AdminGetTicketParams, retrieveTicketQueryConfig),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/helpdesk/tickets/:id",
    middlewares: [ticketFields, validateAndTransformQuery(AdminGetTicketParams, retrieveTicketQueryConfig)],
  },
  {
    method: ["POST"],
    matcher: "/admin/helpdesk/tickets/:id",
    middlewares: [validateAndTransformBody(AdminUpdateTicket)],
  },
  {
    method: ["GET"],
    matcher: "/admin/helpdesk/tickets/:id/context",
    middlewares: [validateAndTransformQuery(AdminGetTicketContextParams, {})],
  },
  ...["signature", "source"].map(
    (path): MiddlewareRoute => ({ method: ["GET"], matcher: `/admin/helpdesk/tickets/:id/${path}`, middlewares: [validateNoQuery()] })
  ),
  action("reply", AdminReplyToTicket, true),
  action("forward", AdminForwardTicket, true),
  action("assign", AdminAssignTicket),
  action("notes", AdminAddTicketNote, true),
  action("claim", AdminClaimTicket),
  action("split", AdminSplitTicket),
  action("merge", AdminMergeTicket),
  ...["close", "reopen", "delete", "restore", "accept"].map((path) => action(path, AdminTicketTransition)),
]
