import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  HELPDESK_MODULE,
  HelpdeskModuleService,
  InboundMailRecord,
  TicketActions,
} from "../../../modules/helpdesk"
import { isOwnMessageId } from "../../../lib/mail/message-id"
import { InboundMailPayload } from "../types"
import { PlanContext, PlannedTicket } from "./plan-inbound-mails"

const TICKET_FIELDS = [
  "id", "number", "subject", "status", "status_before_delete", "assignee_id", "closed_at", "archived_at", "merged_into_id",
] as const

const HEADER_MESSAGE_FIELDS = ["id", "ticket_id", "message_id", "author_type", "delivery_status"] as const
const STORED_MESSAGE_FIELDS = ["id", "ticket_id", "inbound_mail_id"] as const
const MAILBOX_FIELDS = ["id", "language", "antispam_enabled", "default_department_id"] as const

type TicketRow = PlannedTicket & { merged_into_id: string | null }
type HeaderMessageRow = { id: string; ticket_id: string; message_id: string | null; author_type: string; delivery_status: string | null }
type StoredMessageRow = { id: string; ticket_id: string; inbound_mail_id: string }
type MailboxRow = { id: string; language: string | null; antispam_enabled: boolean; default_department_id: string | null }

const HOUR_MS = 60 * 60 * 1000

/** Everything planning a batch needs, in a handful of queries for the whole batch. */
export async function loadPlanContext(
  container: MedusaContainer,
  input: { mailbox_id: string; mails: InboundMailPayload[]; force?: boolean },
  records: InboundMailRecord[]
): Promise<PlanContext> {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const [mailbox] = await helpdesk.listRowsForInbound<MailboxRow>("mailbox", "id", [input.mailbox_id], MAILBOX_FIELDS)
  if (!mailbox) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Mailbox ${input.mailbox_id} was not found.`)
  }
  const mails = input.mails.filter((m) => !m.error)
  const numbers = unique(mails.map((m) => m.ticket_ref?.number))
  const headerIds = unique(mails.flatMap((m) => [m.in_reply_to, ...(m.references ?? []), m.message_id, m.bounced_message_id]))
  const senders = unique(mails.map((m) => m.from?.address?.toLowerCase()))

  const [byNumberRows, messageRows, customers, knownSenders, recentBySender, workflow, storedMessages] = await Promise.all([
    helpdesk.listRowsForInbound<TicketRow>("ticket", "number", numbers, TICKET_FIELDS),
    helpdesk.listRowsForInbound<HeaderMessageRow>("ticket_message", "message_id", headerIds, HEADER_MESSAGE_FIELDS),
    senders.length
      ? container.resolve(Modules.CUSTOMER).listCustomers({ email: senders }, { select: ["id", "email", "first_name", "last_name", "has_account"] })
      : [],
    helpdesk.findKnownSenders(senders),
    helpdesk.countRecentInboundBySender(input.mailbox_id, senders, new Date(Date.now() - HOUR_MS)),
    helpdesk.getTicketWorkflow(),
    helpdesk.listRowsForInbound<StoredMessageRow>("ticket_message", "inbound_mail_id", storedBefore(records), STORED_MESSAGE_FIELDS),
  ])

  const messageTicketIds = unique(messageRows.map((m) => m.ticket_id))
  const headerTickets = await helpdesk.listRowsForInbound<TicketRow>("ticket", "id", messageTicketIds, TICKET_FIELDS)
  const resolve = await followMerges(helpdesk, [...byNumberRows, ...headerTickets])
  const ticketById = new Map(headerTickets.map((t) => [t.id, t]))
  const forwardedTo = await loadForwardedTo(helpdesk, mails, byNumberRows, resolve)

  const byNumber = new Map<string, PlannedTicket>()
  for (const t of byNumberRows) byNumber.set(t.number, resolve(t.id))
  const byMessageId = new Map<string, PlannedTicket>()
  const ownMessageIds = new Set<string>()
  const messageRowsByMessageId = new Map<string, { id: string; ticket_id: string; delivery_status: string | null }>()
  for (const m of messageRows) {
    if (!m.message_id || !ticketById.get(m.ticket_id)) continue
    byMessageId.set(m.message_id, resolve(m.ticket_id))
    messageRowsByMessageId.set(m.message_id, { id: m.id, ticket_id: resolve(m.ticket_id).id, delivery_status: m.delivery_status ?? null })
    if (m.author_type === "agent") ownMessageIds.add(m.message_id)
  }

  const customersByEmail = new Map<string, { id: string; name: string | null }>()
  // Prefer the registered account when a guest record shares the address.
  for (const c of [...customers].sort((a, b) => Number(a.has_account) - Number(b.has_account))) {
    const name = [c.first_name, c.last_name].filter(Boolean).join(" ") || null
    customersByEmail.set(c.email.toLowerCase(), { id: c.id, name })
  }
  const secret = helpdesk.getSecretKey()
  const customerMessageAction = workflow.actions.find((a) => a.id === TicketActions.CUSTOMER_MESSAGE)
  if (!customerMessageAction) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `The ticket workflow has no "${TicketActions.CUSTOMER_MESSAGE}" action.`)
  }
  return {
    mailbox: {
      id: mailbox.id,
      language: mailbox.language ?? null,
      antispam_enabled: mailbox.antispam_enabled,
      default_department_id: mailbox.default_department_id ?? null,
    },
    defaultLanguage: helpdesk.getOptions().defaultLanguage,
    senderRateLimit: helpdesk.getOptions().senderRateLimit,
    force: !!input.force,
    records: new Map(records.map((r) => [r.dedupe_key, r])),
    byNumber,
    byMessageId,
    ownMessageIds,
    isOwnMessageId: (id) => isOwnMessageId(id, secret),
    messageRowsByMessageId,
    forwardedTo,
    alreadyStored: new Map(
      storedMessages.map((m) => [m.inbound_mail_id, { message_id: m.id, ticket_id: m.ticket_id }] as const)
    ),
    customersByEmail,
    knownSenders,
    recentBySender,
    statuses: workflow.statuses,
    customerMessageAction,
  }
}

/**
 * The addresses each ticket named by a forward tag was forwarded to (its
 * "forward" history, merged tickets' included): only they may answer as a
 * colleague.
 */
async function loadForwardedTo(
  helpdesk: HelpdeskModuleService,
  mails: InboundMailPayload[],
  byNumberRows: TicketRow[],
  resolve: (id: string) => PlannedTicket
): Promise<Map<string, Set<string>>> {
  const forwardNumbers = new Set(mails.filter((m) => m.ticket_ref?.kind === "forward").map((m) => m.ticket_ref!.number))
  const ticketIds = unique(byNumberRows.filter((t) => forwardNumbers.has(t.number)).flatMap((t) => [t.id, resolve(t.id).id]))
  const forwardedTo = new Map<string, Set<string>>()
  if (!ticketIds.length) return forwardedTo
  const events = await helpdesk.listTicketEvents({ ticket_id: ticketIds, type: TicketActions.FORWARD }, { select: ["ticket_id", "data"] })
  for (const event of events as unknown as { ticket_id: string; data: { to?: unknown } | null }[]) {
    const to = event.data?.to
    if (typeof to !== "string") continue
    const id = resolve(event.ticket_id).id
    const addresses = forwardedTo.get(id) ?? new Set<string>()
    addresses.add(to.trim().toLowerCase())
    forwardedTo.set(id, addresses)
  }
  return forwardedTo
}

/** A merged ticket only points at the one it joined: mail for it goes there. */
async function followMerges(helpdesk: HelpdeskModuleService, tickets: TicketRow[]): Promise<(id: string) => PlannedTicket> {
  const byId = new Map(tickets.map((t) => [t.id, t]))
  for (let depth = 0; depth < 5; depth++) {
    const missing = unique([...byId.values()].map((t) => t.merged_into_id).filter((id) => id && !byId.has(id)))
    if (!missing.length) break
    const more = await helpdesk.listRowsForInbound<TicketRow>("ticket", "id", missing, TICKET_FIELDS)
    for (const t of more) byId.set(t.id, t)
  }
  return (id: string) => {
    let ticket = byId.get(id)!
    for (let depth = 0; depth < 5 && ticket.merged_into_id && byId.has(ticket.merged_into_id); depth++) {
      ticket = byId.get(ticket.merged_into_id)!
    }
    return ticket
  }
}

/**
 * Records that may already have their message: a record written by this run
 * cannot (the unique record key keeps anyone else from having written one).
 */
function storedBefore(records: (InboundMailRecord & { inserted?: boolean })[]): string[] {
  return records.filter((r) => !r.inserted).map((r) => r.id)
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))]
}
