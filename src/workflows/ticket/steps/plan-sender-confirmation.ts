import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService, normalizeEmail, TicketActions, TicketStatuses } from "../../../modules/helpdesk"
import { CONFIRM_LINK_INVALID } from "./validate-confirm-token"

export const planSenderConfirmationStepId = "plan-sender-confirmation"

export interface SenderConfirmationPlan {
  /** "confirm": the ticket waits and moves to New now; "already_confirmed": it left the wait before. */
  outcome: "confirm" | "already_confirmed"
  ticket: { id: string; number: string; contact_email: string }
  /** The contact's language, else the ticket's: the page speaks it. */
  language: string | null
}

/**
 * Decides what following a confirmation link does. A ticket that left
 * Pending confirmation by a confirmation or an agent's accept answers "already
 * confirmed"; one that left it otherwise (cancelled, deleted as spam), one
 * that is gone, or one whose contact is no longer the address the link was
 * sent to, makes the link invalid.
 */
export const planSenderConfirmationStep = createStep(
  planSenderConfirmationStepId,
  async (input: { ticket_id: string; email: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listTickets(
      { id: input.ticket_id },
      { select: ["id", "number", "status", "contact_email", "language"] }
    )
    const invalid = new MedusaError(MedusaError.Types.NOT_FOUND, "This link is not valid.", CONFIRM_LINK_INVALID)
    if (!ticket?.contact_email || normalizeEmail(ticket.contact_email) !== input.email) throw invalid

    let outcome: SenderConfirmationPlan["outcome"] = "confirm"
    if (ticket.status !== TicketStatuses.PENDING_CONFIRMATION) {
      const left = await helpdesk.listTicketEvents(
        { ticket_id: ticket.id, type: [TicketActions.CONFIRM, TicketActions.ACCEPT] },
        { select: ["id"], take: 1 }
      )
      if (!left.length || ticket.status === TicketStatuses.DELETED) throw invalid
      outcome = "already_confirmed"
    }
    const contact = await helpdesk.findContactByEmail(input.email)
    return new StepResponse<SenderConfirmationPlan>({
      outcome,
      ticket: { id: ticket.id, number: ticket.number, contact_email: ticket.contact_email },
      language: contact?.language ?? ticket.language ?? null,
    })
  }
)
