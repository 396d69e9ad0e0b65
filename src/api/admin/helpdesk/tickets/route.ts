import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createTicketsWorkflow } from "../../../../workflows"
import { refetchTicket, withTimeline } from "./helpers"
import { AdminCreateTicketType, AdminGetTicketsParamsType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketsParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: tickets, metadata } = await query.graph({
    entity: "ticket",
    fields: req.queryConfig.fields,
    filters: ticketFilters(req.validatedQuery),
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

function ticketFilters(params: AdminGetTicketsParamsType) {
  const filters: Record<string, unknown> = {}
  for (const key of ["status", "channel", "customer_id", "order_id", "department_id", "assignee_id", "contact_email"] as const) {
    if (params[key] !== undefined) {
      filters[key] = params[key]
    }
  }
  if (params.q) {
    const number = params.q.match(/^#?(\d+)$/)
    if (number) {
      filters.number = number[1]
    } else {
      const like = `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      filters.$or = [
        { subject: { $ilike: like } },
        { contact_email: { $ilike: like } },
        { contact_name: { $ilike: like } },
      ]
    }
  }
  return filters
}
