import { TicketStatuses } from "./default-workflow"

/** The simplified statuses customers see (SPEC §4). */
export const CustomerTicketStatuses = {
  NEW_REPLY: "new_reply",
  AWAITING_SUPPORT: "awaiting_support",
  AWAITING_CONFIRMATION: "awaiting_confirmation",
  ANSWERED: "answered",
  CANCELLED: "cancelled",
  ARCHIVED: "archived",
} as const
export type CustomerTicketStatus = (typeof CustomerTicketStatuses)[keyof typeof CustomerTicketStatuses]

export interface CustomerStatusInput {
  status: string
  archived_at: Date | string | null
  customer_read_at: Date | string | null
  /** When an agent last wrote a message the customer sees. */
  last_agent_message_at: Date | string | null
}

const time = (d: Date | string | null) => (d ? new Date(d).getTime() : null)

/**
 * What the customer sees for a ticket, or `null` for a ticket they must not
 * see at all (in the trash). The one place this is decided.
 */
export function customerFacingStatus(
  ticket: CustomerStatusInput,
  isOpen: (status: string) => boolean
): CustomerTicketStatus | null {
  const C = CustomerTicketStatuses
  if (ticket.status === TicketStatuses.DELETED) {
    return null
  }
  const replied = time(ticket.last_agent_message_at)
  const read = time(ticket.customer_read_at)
  if (replied !== null && (read === null || read < replied)) {
    return C.NEW_REPLY
  }
  if (ticket.archived_at) {
    return C.ARCHIVED
  }
  switch (ticket.status) {
    case TicketStatuses.PENDING_CONFIRMATION:
      return C.AWAITING_CONFIRMATION
    case TicketStatuses.CANCELLED:
      return C.CANCELLED
    case TicketStatuses.CLOSED:
      return C.ANSWERED
    default:
      // Statuses a merchant adds follow their open flag.
      return isOpen(ticket.status) ? C.AWAITING_SUPPORT : C.ANSWERED
  }
}
