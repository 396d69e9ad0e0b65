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
import {
  createTicketAttachmentsStep,
  createTicketEventsStep,
  createTicketMessagesStep,
  updateTicketStep,
  validateTicketActionStep,
} from "../steps"
import { composeReplyMailStep } from "../steps/compose-reply-mail"
import { createOutgoingMessageIdStep } from "../steps/create-outgoing-message-id"
import { TicketActor, TicketFile } from "../types"

export const replyToTicketWorkflowId = "reply-to-ticket"

export interface ReplyToTicketWorkflowInput {
  ticket_id: string
  actor: TicketActor
  body_text: string
  /** Rich text from the editor, already sanitised; the text stays the plain alternative. */
  body_html?: string | null
  cc?: string[]
  bcc?: string[]
  /** Files stored through the File module for this reply: kept on the message and attached to the mail. */
  attachments?: TicketFile[]
  /** Send and close, or send and keep the ticket open. */
  close: boolean
}

/**
 * Stores an agent's reply and the mail that carries it (the outbox record is
 * the source of truth for delivery), assigns the ticket to the agent and
 * closes it if asked. The delivery worker sends the mail when it hears
 * `helpdesk.outbound_mail.queued`; `helpdesk.message.outbound` is for other
 * plugins.
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
    const messageId = createOutgoingMessageIdStep({ ticket_id: input.ticket_id })
    const composed = composeReplyMailStep(
      transform({ input, messageId }, ({ input, messageId }) => ({
        ticket_id: input.ticket_id,
        agent_id: input.actor.id ?? null,
        message_id: messageId,
        body_text: input.body_text,
        body_html: input.body_html ?? null,
        cc: input.cc,
        bcc: input.bcc,
        attachments: input.attachments ?? [],
      }))
    )
    const changes = transform({ validated }, ({ validated }) => ({
      id: validated.ticket.id,
      ...validated.changes,
      last_message_at: new Date(),
    }))
    const ticket = updateTicketStep(changes)
    const message = transform({ input, messageId, composed }, ({ input, messageId, composed }) => [
      {
        ticket_id: input.ticket_id,
        kind: "message" as const,
        author_type: "agent" as const,
        author_id: input.actor.id ?? null,
        body_text: input.body_text,
        body_html: input.body_html ?? null,
        message_id: messageId,
        // No mailbox: nothing to deliver, and the admin shows why.
        delivery_status: composed.mail ? ("pending" as const) : null,
        delivery_error: composed.problem,
        recipients: composed.mail ? { to: composed.mail.to, cc: composed.mail.cc ?? [], bcc: composed.mail.bcc ?? [] } : null,
        in_reply_to: composed.mail?.in_reply_to ?? null,
        references: composed.mail?.references ?? null,
      },
    ])
    const createdMessages = createTicketMessagesStep(message)
    const created = transform({ createdMessages }, ({ createdMessages }) => createdMessages[0])
    createTicketAttachmentsStep(
      transform({ input, created }, ({ input, created }) => (input.attachments ?? []).map((file) => ({ ...file, message_id: created.id })))
    )
    const outbound = createOutboundMailsStep(
      transform({ composed, created, input }, ({ composed, created, input }) =>
        composed.mail ? [{ ...composed.mail, ticket_id: input.ticket_id, ticket_message_id: created.id }] : []
      )
    )
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
    emitEventsStep(
      transform({ created, input, outbound }, ({ created, input, outbound }): EventsToEmit => ({
        [HelpdeskEvents.MESSAGE_OUTBOUND]: [{ id: created.id, ticket_id: input.ticket_id, actor_id: input.actor.id ?? null, kind: "reply" }],
        [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: outbound.length ? [{ ids: outbound.map((o) => o.id) }] : [],
      }))
    )
    return new WorkflowResponse(ticket)
  }
)
