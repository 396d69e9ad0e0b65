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
  createTicketAttachmentsStep,
  createTicketEventsStep,
  createTicketMessagesStep,
  updateTicketStep,
  validateTicketActionStep,
} from "../steps"
import { TicketFile } from "../types"

export const receiveCustomerMessageWorkflowId = "receive-customer-message"

export interface ReceiveCustomerMessageWorkflowInput {
  ticket_id: string
  author: { email: string; name?: string | null; customer_id?: string | null }
  body_text: string
  /** Sanitised HTML, if the channel has any. */
  body_html?: string | null
  message_id?: string | null
  in_reply_to?: string | null
  references?: string[] | null
  raw_file_id?: string | null
  /** Files stored through the File module with the message (cabinet and guest page uploads). */
  attachments?: TicketFile[]
}

/**
 * What every channel (mail, cabinet, guest page) calls when a customer writes
 * on an existing ticket: stores the message, reopens a closed or cancelled
 * ticket, brings it out of the archive, and leaves a deleted one in the trash.
 */
export const receiveCustomerMessageWorkflow = createWorkflow(
  receiveCustomerMessageWorkflowId,
  (input: WorkflowData<ReceiveCustomerMessageWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      action: TicketActions.CUSTOMER_MESSAGE,
      actor: { type: "customer" as const, id: input.author.customer_id ?? null },
    }))
    const validated = validateTicketActionStep(check)
    const changes = transform({ validated, check }, ({ validated, check }) => ({
      id: validated.ticket.id,
      ...validated.changes,
      last_message_at: new Date(),
      last_customer_message_at: new Date(),
    }))
    const ticket = updateTicketStep(changes)
    const message = transform({ input }, ({ input }) => [
      {
        ticket_id: input.ticket_id,
        kind: "message" as const,
        author_type: "customer" as const,
        author_id: input.author.customer_id ?? null,
        author_email: input.author.email.toLowerCase(),
        author_name: input.author.name ?? null,
        body_text: input.body_text,
        body_html: input.body_html ?? null,
        message_id: input.message_id ?? null,
        in_reply_to: input.in_reply_to ?? null,
        references: input.references ?? null,
        raw_file_id: input.raw_file_id ?? null,
      },
    ])
    const createdMessages = createTicketMessagesStep(message)
    const created = transform({ createdMessages }, ({ createdMessages }) => createdMessages[0])
    createTicketAttachmentsStep(
      transform({ input, created }, ({ input, created }) => (input.attachments ?? []).map((file) => ({ ...file, message_id: created.id })))
    )
    const history = transform({ validated, check, created }, ({ validated, check, created }) =>
      validated.transition.from === validated.transition.to
        ? []
        : [
            {
              ticket_id: validated.ticket.id,
              type: TicketActions.REOPEN,
              actor_type: "customer" as const,
              actor_id: check.actor.id,
              data: { ...validated.transition, message_id: created.id },
            },
          ]
    )
    createTicketEventsStep(history)
    emitEventStep({
      eventName: HelpdeskEvents.MESSAGE_RECEIVED,
      data: transform({ created, input }, ({ created, input }) => ({ id: created.id, ticket_id: input.ticket_id })),
    })
    return new WorkflowResponse(ticket)
  }
)
