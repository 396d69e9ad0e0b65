import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  HELPDESK_MODULE,
  HelpdeskModuleService,
  ticketVisibilityFilter,
} from "../../../../modules/helpdesk"
import { createTicketsWorkflow } from "../../../../workflows"
import { searchFilters, ticketFilters, ticketNumberQuery } from "./filters"
import { refetchTicket, withTimeline } from "./helpers"
import { AdminCreateTicketType, AdminGetTicketsParamsType } from "./validators"

/**
 * The ticket list. `q` is a ticket number, or words found anywhere in a
 * ticket: subject, customer name and email, messages, notes and forwards.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const params = req.validatedQuery
  const scope = await helpdesk.getAgentScope(req.auth_context.actor_id)

  if (params.q && !ticketNumberQuery(params.q)) {
    const found = await helpdesk.searchTicketIds(params.q, searchFilters(params, scope.user_id), scope, {
      limit: params.limit,
      offset: params.offset,
    })
    const { data } = await query.graph({ entity: "ticket", fields: req.queryConfig.fields, filters: { id: found.ids } })
    const byId = new Map(data.map((t: { id: string }) => [t.id, t]))
    res.json({
      tickets: found.ids.map((id) => byId.get(id)).filter(Boolean),
      count: found.count,
      count_is_estimate: found.count_is_estimate,
      offset: params.offset,
      limit: params.limit,
    })
    return
  }

  const filters = [ticketFilters(params, scope.user_id), ticketVisibilityFilter(scope)]
  const { data: tickets, metadata } = await query.graph({
    entity: "ticket",
    fields: req.queryConfig.fields,
    filters: { $and: filters.filter((f): f is Record<string, unknown> => !!f) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    tickets,
    count: metadata?.count ?? tickets.length,
    offset: metadata?.skip ?? params.offset,
    limit: metadata?.take ?? params.limit,
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
