import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { ticketActionEvent } from "../../events"
import { createTicketEventsStep, updateTicketStep, validateTicketActionStep } from "../steps"
import { TicketActor } from "../types"

export const transitionTicketWorkflowId = "transition-ticket"

export interface TransitionTicketWorkflowInput {
  ticket_id: string
  /** close, reopen, cancel, delete, restore or accept; or any action without a message. */
  action: string
  actor: TicketActor
  comment?: string | null
}

/**
 * Runs an action that only moves a ticket between statuses, if the action
 * matrix allows it there, and writes it into the history.
 */
export const transitionTicketWorkflow = createWorkflow(
  transitionTicketWorkflowId,
  (input: WorkflowData<TransitionTicketWorkflowInput>) => {
    const validated = validateTicketActionStep(input)
    const changes = transform({ validated, input }, ({ validated, input }) => ({
      id: validated.ticket.id,
      ...validated.changes,
    }))
    const ticket = updateTicketStep(changes)
    const history = transform({ validated, input }, ({ validated, input }) => [
      {
        ticket_id: input.ticket_id,
        type: input.action,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        data: { ...validated.transition, comment: input.comment ?? null },
      },
    ])
    createTicketEventsStep(history)
    const event = transform({ validated, input }, ({ validated, input }) => ({
      eventName: ticketActionEvent(input.action),
      data: { id: input.ticket_id, action: input.action, actor_id: input.actor.id ?? null, ...validated.transition },
    }))
    emitEventStep(event)
    return new WorkflowResponse(ticket)
  }
)
