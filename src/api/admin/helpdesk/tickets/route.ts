import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  HELPDESK_MODULE,
  HelpdeskModuleService,
  ticketVisibilityFilter,
} from "../../../../modules/helpdesk"
import { createTicketsWorkflow } from "../../../../workflows"
import { ticketFilters } from "./filters"
import { refetchTicket, withTimeline } from "./helpers"
import { AdminCreateTicketType, AdminGetTicketsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const scope = await helpdesk.getAgentScope(req.auth_context.actor_id)
  const filters = [ticketFilters(req.validatedQuery, scope.user_id), ticketVisibilityFilter(scope)]
  const { data: tickets, metadata } = await query.graph({
    entity: "ticket",
    fields: req.queryConfig.fields,
    filters: { $and: filters.filter((f): f is Record<string, unknown> => !!f) },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    tickets,
    count: metadata?.count ?? tickets.length,
    offset: metadata?.skip ?? req.validatedQuery.offset,
    limit: metadata?.take ?? req.validatedQuery.limit,
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
