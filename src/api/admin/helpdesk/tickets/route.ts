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
  const filters = listFilters(params, scope)

  const page =
    params.q && !ticketNumberQuery(params.q)
      ? { ...(await helpdesk.searchTicketIds(params.q, filters, scope, params)), next_cursor: null }
      : await helpdesk.listTicketIds(filters, scope, {
          sort: params.order,
          limit: params.limit,
          offset: params.offset,
          cursor: params.cursor,
        })

  let tickets = await helpdesk.listTicketRows(page.ids, scope.user_id)
  if (req.query.fields) {
    // Asked for other fields or relations: those come from the graph.
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "ticket", fields: req.queryConfig.fields, filters: { id: page.ids } })
    const byId = new Map(data.map((t: { id: string }) => [t.id, t]))
    tickets = tickets.map((row) => ({ ...byId.get(row.id as string), unread: row.unread }))
  }
  res.json({
    tickets,
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
