import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { createMessageId, messageIdDomain } from "../../../lib/mail/message-id"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const createOutgoingMessageIdStepId = "create-outgoing-message-id"

/**
 * The Message-ID an agent's outgoing mail will carry, fixed when the message
 * is stored so every later step (sending, threading, bounces) names the same
 * one: signed with the helpdesk's secret, at the domain of the ticket's
 * mailbox. A bounce is trusted only when it quotes such an id.
 */
export const createOutgoingMessageIdStep = createStep(
  createOutgoingMessageIdStepId,
  async (input: { ticket_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listTickets({ id: input.ticket_id }, { select: ["id", "mailbox_id"] })
    // The mailbox the mail will go out from: the ticket's, else the default one.
    const mailboxId = ticket?.mailbox_id ?? (await helpdesk.getSettings()).default_mailbox_id
    const [mailbox] = mailboxId ? await helpdesk.listMailboxes({ id: mailboxId }, { select: ["address"] }) : []
    return new StepResponse(createMessageId(messageIdDomain(mailbox?.address), helpdesk.getSecretKey()))
  }
)
