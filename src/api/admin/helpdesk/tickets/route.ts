import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { createTicketsWorkflow } from "../../../../workflows"
import { listFilters, ticketNumberQuery } from "./filters"
import { refetchTicket, withTimeline } from "./helpers"
import { AdminCreateTicketType, AdminGetTicketsParamsType } from "./validators"

/**
 * The ticket list. `q` is a ticket number, or words found anywhere in a
 * ticket: subject, customer name and email, messages, notes and forwards.
 * Ids come from SQL shaped for the indexes; the rows from query.graph.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketsParamsType>,
  res: MedusaResponse
) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const params = req.validatedQuery
  const scope = await helpdesk.getAgentScope(req.auth_context.actor_id)
  const filters = listFilters(params, scope.user_id)

  const page =
    params.q && !ticketNumberQuery(params.q)
      ? { ...(await helpdesk.searchTicketIds(params.q, filters, scope, params)), next_cursor: null }
      : await helpdesk.listTicketIds(filters, scope, {
          sort: params.order,
          limit: params.limit,
          offset: params.offset,
          cursor: params.cursor,
        })

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = page.ids.length
    ? await query.graph({ entity: "ticket", fields: req.queryConfig.fields, filters: { id: page.ids } })
    : { data: [] }
  const reads = page.ids.length
    ? await helpdesk.listTicketReads({ ticket_id: page.ids, user_id: scope.user_id }, { select: ["ticket_id", "read_at"] })
    : []
  const readAt = new Map(reads.map((r) => [(r as any).ticket_id as string, new Date(r.read_at).getTime()]))
  const byId = new Map(data.map((t: { id: string }) => [t.id, t]))
  res.json({
    tickets: page.ids
      .map((id) => byId.get(id))
      .filter(Boolean)
      .map((t: any) => ({ ...t, unread: isUnread(t.last_customer_message_at, readAt.get(t.id)) })),
    count: page.count,
    count_is_estimate: page.count_is_estimate,
    next_cursor: page.next_cursor,
    offset: params.cursor ? null : params.offset,
    limit: params.limit,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateTicketType>,
  res: MedusaResponse
) => {
  const { additional_data, ...ticket } = req.validatedBody
  const { result } = await createTicketsWorkflow(req.scope).run({
    input: {
      tickets: [{ ...ticket, channel: "admin" }],
      actor: { type: "agent", id: req.auth_context.actor_id },
      additional_data,
    },
  })
  const created = await refetchTicket(req.scope, result[0].id, req.queryConfig.fields)
  res.status(201).json({ ticket: withTimeline(created) })
}

/** Unread for this agent: the customer wrote after the agent last opened the ticket. */
function isUnread(lastCustomerMessageAt: string | Date | null | undefined, readAt: number | undefined) {
  return !!lastCustomerMessageAt && (readAt === undefined || readAt < new Date(lastCustomerMessageAt).getTime())
}
