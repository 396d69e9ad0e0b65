import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketActions } from "../../../modules/helpdesk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { createOutboundMailsStep } from "../../outbox/steps/create-outbound-mails"
import { composeForwardMailStep } from "../steps/compose-forward-mail"
import {
  createTicketAttachmentsStep,
  createTicketEventsStep,
  createTicketMessagesStep,
  updateTicketStep,
  validateTicketActionStep,
} from "../steps"
import { createOutgoingMessageIdStep } from "../steps/create-outgoing-message-id"
import { TicketActor, TicketFile } from "../types"

export const forwardTicketWorkflowId = "forward-ticket"

export interface ForwardTicketWorkflowInput {
  ticket_id: string
  actor: TicketActor
  /** The colleague's address; their answer comes back as an internal message. */
  to: string
  body_text: string
  /** Attachments of the ticket to send along. */
  attachment_ids?: string[]
  /** Files uploaded with the forward (stored through the File module): kept on the forward message and attached to the mail. */
  uploads?: TicketFile[]
}

/** Forwards a ticket to a colleague for discussion; the customer never sees it. */
export const forwardTicketWorkflow = createWorkflow(
  forwardTicketWorkflowId,
  (input: WorkflowData<ForwardTicketWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      action: TicketActions.FORWARD,
      actor: input.actor,
    }))
    const validated = validateTicketActionStep(check)
    const changes = transform({ validated, input }, ({ validated, input }) => ({
      id: validated.ticket.id,
      ...validated.changes,
    }))
    const ticket = updateTicketStep(changes)
    const messageId = createOutgoingMessageIdStep({ ticket_id: input.ticket_id })
    const composed = composeForwardMailStep(
      transform({ input, messageId }, ({ input, messageId }) => ({
        ticket_id: input.ticket_id,
        message_id: messageId,
        to: input.to,
        body_text: input.body_text,
        attachment_ids: input.attachment_ids ?? [],
        uploads: input.uploads ?? [],
      }))
    )
    const message = transform({ input, messageId, composed }, ({ input, messageId, composed }) => [
      {
        ticket_id: input.ticket_id,
        kind: "forward" as const,
        author_type: "agent" as const,
        author_id: input.actor.id ?? null,
        body_text: input.body_text,
        message_id: messageId,
        delivery_status: composed.mail ? ("pending" as const) : ("failed" as const),
        delivery_error: composed.problem,
        recipients: { to: [input.to], cc: [], bcc: [] },
      },
    ])
    const createdMessages = createTicketMessagesStep(message)
    const created = transform({ createdMessages }, ({ createdMessages }) => createdMessages[0])
    createTicketAttachmentsStep(
      transform({ input, created }, ({ input, created }) => (input.uploads ?? []).map((file) => ({ ...file, message_id: created.id })))
    )
    const outbound = createOutboundMailsStep(
      transform({ composed, created, input }, ({ composed, created, input }) =>
        composed.mail ? [{ ...composed.mail, ticket_id: input.ticket_id, ticket_message_id: created.id }] : []
      )
    )
    const history = transform({ validated, input, created }, ({ validated, input, created }) => [
      {
        ticket_id: input.ticket_id,
        type: TicketActions.FORWARD,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        data: {
          ...validated.transition,
          to: input.to,
          message_id: created.id,
          ...(input.attachment_ids?.length ? { attachment_ids: input.attachment_ids } : {}),
        },
      },
    ])
    createTicketEventsStep(history)
    emitEventsStep(
      transform({ created, input, outbound }, ({ created, input, outbound }): EventsToEmit => ({
        [HelpdeskEvents.MESSAGE_OUTBOUND]: [{ id: created.id, ticket_id: input.ticket_id, actor_id: input.actor.id ?? null, kind: "forward", to: input.to }],
        [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: outbound.length ? [{ ids: outbound.map((o) => o.id) }] : [],
      }))
    )
    return new WorkflowResponse(ticket)
  }
)
