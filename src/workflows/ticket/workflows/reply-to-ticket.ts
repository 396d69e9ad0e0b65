import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketActions } from "../../../modules/helpdesk"
import { HelpdeskEvents } from "../../events"
import {
  createTicketEventsStep,
  createTicketMessagesStep,
  updateTicketStep,
  validateTicketActionStep,
} from "../steps"
import { createOutgoingMessageIdStep } from "../steps/create-outgoing-message-id"
import { TicketActor } from "../types"

export const replyToTicketWorkflowId = "reply-to-ticket"

export interface ReplyToTicketWorkflowInput {
  ticket_id: string
  actor: TicketActor
  body_text: string
  /** Send and close, or send and keep the ticket open. */
  close: boolean
}

/**
 * Stores an agent's reply as a message waiting to be sent (the outbox is the
 * source of truth for delivery), assigns the ticket to the agent and closes
 * it if asked. Emits `helpdesk.message.outbound` for the mail-out worker.
 */
export const replyToTicketWorkflow = createWorkflow(
  replyToTicketWorkflowId,
  (input: WorkflowData<ReplyToTicketWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      action: input.close ? TicketActions.REPLY_AND_CLOSE : TicketActions.REPLY,
      actor: input.actor,
    }))
    const validated = validateTicketActionStep(check)
    const changes = transform({ validated, input }, ({ validated, input }) => ({
      id: validated.ticket.id,
      ...validated.changes,
      last_message_at: new Date(),
    }))
    const ticket = updateTicketStep(changes)
    const messageId = createOutgoingMessageIdStep({ ticket_id: input.ticket_id })
    const message = transform({ input, messageId }, ({ input, messageId }) => [
      {
        ticket_id: input.ticket_id,
        kind: "message" as const,
        author_type: "agent" as const,
        author_id: input.actor.id ?? null,
        body_text: input.body_text,
        delivery_status: "pending" as const,
        message_id: messageId,
      },
    ])
    const createdMessages = createTicketMessagesStep(message)
    const created = transform({ createdMessages }, ({ createdMessages }) => createdMessages[0])
    const history = transform({ validated, input, created }, ({ validated, input, created }) => [
      {
        ticket_id: input.ticket_id,
        type: validated.action.id,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        data: { ...validated.transition, message_id: created.id },
      },
    ])
    createTicketEventsStep(history)
    emitEventStep({
      eventName: HelpdeskEvents.MESSAGE_OUTBOUND,
      data: transform({ created, input }, ({ created, input }) => ({ id: created.id, ticket_id: input.ticket_id })),
    })
    return new WorkflowResponse(ticket)
  }
)
