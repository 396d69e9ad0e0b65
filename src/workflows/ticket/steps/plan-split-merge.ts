import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService, TicketStatuses } from "../../../modules/helpdesk"

const TICKET_FIELDS = [
  "id", "number", "subject", "status", "channel", "customer_id", "contact_email", "contact_name",
  "department_id", "assignee_id", "order_id", "language", "merged_into_id",
]

/** Checks a split and picks the messages that move: the chosen one and everything after it. */
export const planTicketSplitStep = createStep(
  "plan-ticket-split",
  async (input: { ticket_id: string; message_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveTicket(input.ticket_id, { select: TICKET_FIELDS })
    const messages = await helpdesk.listTicketMessages(
      { ticket_id: input.ticket_id },
      { select: ["id", "created_at"], order: { created_at: "ASC", id: "ASC" } }
    )
    const index = messages.findIndex((m) => m.id === input.message_id)
    if (index < 0) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Message ${input.message_id} is not on ticket #${ticket.number}.`)
    }
    if (index === 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Splitting at the first message would leave the ticket empty; pick a later message."
      )
    }
    return new StepResponse({ ticket, message_ids: messages.slice(index).map((m) => m.id) })
  }
)

/** Checks a merge: two different tickets, neither in the trash nor already merged. */
export const planTicketMergeStep = createStep(
  "plan-ticket-merge",
  async (input: { ticket_id: string; into_ticket_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (input.ticket_id === input.into_ticket_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A ticket cannot be merged into itself.")
    }
    const [source, target] = await Promise.all([
      helpdesk.retrieveTicket(input.ticket_id, { select: TICKET_FIELDS }),
      helpdesk.retrieveTicket(input.into_ticket_id, { select: TICKET_FIELDS }),
    ])
    for (const t of [source, target]) {
      if (t.merged_into_id) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Ticket #${t.number} was already merged into another ticket.`)
      }
      if (t.status === TicketStatuses.DELETED) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Ticket #${t.number} is in the trash; restore it first.`)
      }
    }
    const messages = await helpdesk.listTicketMessages({ ticket_id: source.id }, { select: ["id"] })
    return new StepResponse({ source, target, message_ids: messages.map((m) => m.id) })
  }
)
