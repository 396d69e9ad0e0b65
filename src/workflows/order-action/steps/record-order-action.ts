import { emitEventStep } from "@medusajs/medusa/core-flows"
import { transform, WorkflowData } from "@medusajs/framework/workflows-sdk"
import { createTicketEventsStep } from "../../ticket/steps"
import { ActionableOrder, OrderActionInput } from "../types"

/**
 * The last two steps of every order action, after Medusa's workflow has
 * succeeded: a line in the ticket's history that says what was done to which
 * order (the agent reads it there), then the helpdesk event for other plugins.
 * Called while a workflow is composed, once per workflow.
 */
export function recordOrderAction(
  type: string,
  eventName: string,
  input: WorkflowData<OrderActionInput>,
  order: WorkflowData<ActionableOrder>,
  details: WorkflowData<Record<string, unknown>>
) {
  const line = transform({ input, order, details }, ({ input, order, details }) => ({
    ticket_id: input.ticket_id,
    type,
    actor_type: input.actor.type,
    actor_id: input.actor.id ?? null,
    data: { order_id: order.id, display_id: order.display_id, currency_code: order.currency_code, ...details },
  }))
  createTicketEventsStep(transform({ line }, ({ line }) => [line]))
  emitEventStep({
    eventName,
    data: transform({ line }, ({ line }) => ({ ticket_id: line.ticket_id, actor_id: line.actor_id, ...line.data })),
  })
  return line
}
