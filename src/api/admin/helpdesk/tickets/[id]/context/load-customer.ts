import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { AgentScope, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"

export const PANEL_CUSTOMER_FIELDS = ["id", "first_name", "last_name", "email", "phone", "has_account", "created_at"]

/** How many other tickets, matching customers and notes the panel lists at most. */
export const OTHER_TICKETS_LIMIT = 20
const MATCHING_CUSTOMERS_LIMIT = 10
const NOTES_LIMIT = 200

export interface ContextTicket {
  id: string
  customer_id: string | null
  order_id: string | null
  contact_email: string
  contact_name: string | null
}

/**
 * The linked customer; for a guest ticket, the customers whose email is the
 * contact's (SPEC §5 "Unmatched mail": the agent may link one). Matched
 * exactly, as mail import matches senders: contact emails are stored lower
 * case, and an exact match uses the customer email index.
 */
export async function loadCustomer(container: MedusaContainer, ticket: ContextTicket) {
  const customers = container.resolve(Modules.CUSTOMER)
  if (ticket.customer_id) {
    const [customer] = await customers.listCustomers({ id: ticket.customer_id }, { select: PANEL_CUSTOMER_FIELDS })
    return { customer: customer ?? null, matching_customers: [] }
  }
  const matching = await customers.listCustomers(
    { email: ticket.contact_email },
    { select: PANEL_CUSTOMER_FIELDS, take: MATCHING_CUSTOMERS_LIMIT, order: { created_at: "DESC" } }
  )
  return { customer: null, matching_customers: matching }
}

/** The customer's notes, newest first (SPEC §5 "Customer notes"); a guest has none. */
export async function loadCustomerNotes(helpdesk: HelpdeskModuleService, ticket: ContextTicket) {
  if (!ticket.customer_id) return []
  return helpdesk.listCustomerNotes(
    { customer_id: ticket.customer_id },
    { select: ["id", "customer_id", "author_id", "body", "created_at", "updated_at"], order: { created_at: "DESC" }, take: NOTES_LIMIT }
  )
}

/**
 * The customer's (for a guest ticket: the contact email's) other tickets this
 * agent may see, last updated first, through the ticket list's own SQL so the
 * visibility rule is the list's.
 */
export async function loadOtherTickets(container: MedusaContainer, ticket: ContextTicket, scope: AgentScope) {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const filters = ticket.customer_id ? { customer_id: [ticket.customer_id] } : { contact_email: ticket.contact_email }
  // One more than shown: this ticket is among them and is left out.
  const page = await helpdesk.listTicketIds(filters, scope, { sort: "-updated_at", limit: OTHER_TICKETS_LIMIT + 1 })
  const ids = page.ids.filter((id) => id !== ticket.id).slice(0, OTHER_TICKETS_LIMIT)
  const rows = await helpdesk.listTicketRows(ids, scope.user_id)
  return {
    other_tickets: rows.map((t) => ({
      id: t.id,
      number: t.number,
      subject: t.subject,
      status: t.status,
      channel: t.channel,
      unread: t.unread,
      last_message_at: t.last_message_at,
      created_at: t.created_at,
      updated_at: t.updated_at,
    })),
    // This ticket matches its own filter and is always visible to whoever got here.
    other_tickets_count: Math.max(page.count - 1, 0),
  }
}
