import { HelpdeskModuleService } from "../../../modules/helpdesk"
import { GUEST_TICKET_FIELDS, GuestTicket } from "./guest-access"

export const GUEST_LIST_PAGE_SIZE = 50
/** An address with more requests than this sees its most recently opened ones only. */
const MAX_LISTED = 1000

const activity = (t: GuestTicket) => new Date(t.last_message_at ?? t.created_at).getTime()

/**
 * One page of an address's live requests, latest activity first, each with
 * when support last wrote to it (for the unread mark). An address has few
 * requests, so they are sorted here rather than by a query the generated
 * service cannot express (activity is the latest message, else the opening).
 */
export async function listGuestRequests(helpdesk: HelpdeskModuleService, email: string, page: number) {
  const all = (await helpdesk.listTickets(
    { contact_email: email, merged_into_id: null, status: { $ne: "deleted" } },
    { select: GUEST_TICKET_FIELDS, order: { created_at: "DESC" }, take: MAX_LISTED }
  )) as unknown as GuestTicket[]
  all.sort((a, b) => activity(b) - activity(a) || (a.id < b.id ? 1 : -1))
  const start = (page - 1) * GUEST_LIST_PAGE_SIZE
  const tickets = all.slice(start, start + GUEST_LIST_PAGE_SIZE)
  const lastReplies = await Promise.all(
    tickets.map(async (t) => {
      const [reply] = await helpdesk.listTicketMessages(
        { ticket_id: t.id, kind: "message", author_type: "agent" },
        { select: ["created_at"], order: { created_at: "DESC" }, take: 1 }
      )
      return reply?.created_at ?? null
    })
  )
  return {
    rows: tickets.map((ticket, i) => ({ ticket, lastAgentMessageAt: lastReplies[i] })),
    more: all.length > start + GUEST_LIST_PAGE_SIZE,
  }
}
