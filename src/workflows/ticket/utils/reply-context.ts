import { MedusaError } from "@medusajs/framework/utils"
import { ReplyMailboxInfo, ReplyTicketInfo } from "../../../lib/mail/compose/reply-mail"
import { ThreadMessage } from "../../../lib/mail/compose/thread-headers"
import { HelpdeskModuleService } from "../../../modules/helpdesk"
import { requestListUrl } from "../../outbox/utils/request-list-url"
import { Query } from "./find-all"

const MAILBOX_FIELDS = ["id", "name", "address", "reply_mode", "signature", "receipt_template", "confirmation_template", "templates"]

export interface ReplyContext {
  ticket: ReplyTicketInfo & { id: string; mailbox_id: string | null }
  /** The ticket's mailbox, else the default one; null when there is neither. */
  mailbox: ReplyMailboxInfo | null
  thread: ThreadMessage[]
  agent_name: string | null
  request_list_url: string
  store_name: string | null
}

/** What a mail about a ticket is rendered from: the ticket, its mailbox, its thread and the acting agent. */
export async function loadReplyContext(
  helpdesk: HelpdeskModuleService,
  query: Query,
  ticketId: string,
  agentId: string | null
): Promise<ReplyContext> {
  const [ticket] = await helpdesk.listTickets(
    { id: ticketId },
    { select: ["id", "number", "subject", "contact_email", "contact_name", "language", "mailbox_id"] }
  )
  if (!ticket) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${ticketId} was not found.`)
  const mailboxId = ticket.mailbox_id ?? (await helpdesk.getSettings()).default_mailbox_id
  const [mailboxes, thread, agent_name, request_list_url] = await Promise.all([
    mailboxId ? helpdesk.listMailboxes({ id: mailboxId, enabled: true }, { select: MAILBOX_FIELDS }) : [],
    helpdesk.listTicketMessages(
      { ticket_id: ticketId },
      { select: ["message_id", "kind", "author_type", "created_at"], order: { created_at: "ASC" }, take: 500 }
    ),
    agentId ? agentName(query, agentId) : null,
    requestListUrl(helpdesk, ticket.contact_email),
  ])
  return {
    ticket: ticket as ReplyContext["ticket"],
    mailbox: (mailboxes[0] as unknown as ReplyMailboxInfo) ?? null,
    thread: thread as unknown as ThreadMessage[],
    agent_name,
    request_list_url,
    store_name: (helpdesk.getOptions() as { storeName?: string }).storeName ?? null,
  }
}

/** The name customers see for an agent: first and last name, else nothing (never the login email). */
async function agentName(query: Query, id: string): Promise<string | null> {
  const { data } = await query.graph({ entity: "user", fields: ["first_name", "last_name"], filters: { id } })
  const user = data[0]
  return user ? [user.first_name, user.last_name].filter(Boolean).join(" ") || null : null
}
