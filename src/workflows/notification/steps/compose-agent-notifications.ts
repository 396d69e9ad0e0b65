import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { composeAutoMail } from "../../../lib/mail/compose/auto-mail"
import { createMessageId, messageIdDomain } from "../../../lib/mail/message-id"
import { notificationRecipients, NotificationReason, TicketHappening } from "../../../lib/notifications/recipients"
import { mailboxTemplate } from "../../../lib/templates/mail-templates"
import { HELPDESK_MODULE, HelpdeskModuleService, TicketStatuses } from "../../../modules/helpdesk"
import { OutboundMailInput } from "../../outbox/steps/create-outbound-mails"
import { adminTicketUrl } from "../utils/admin-ticket-url"
import { describeHappening } from "../utils/describe-happening"

export const composeAgentNotificationsStepId = "compose-agent-notifications"

/** One thing that happened to a ticket, as its event reported it (the data says who and what). */
export interface TicketNotice {
  ticket_id: string
  event: string
  data: Record<string, unknown>
  happening: TicketHappening
}

export interface FeedLine {
  title: string
  description: string
  ticket_id: string
  event: string
  receiver_ids: string[]
}

export interface AgentNotifications {
  mails: OutboundMailInput[]
  /** Lines for the admin's notification feed, one per happening somebody is told of. */
  feed: FeedLine[]
}

const TICKET_FIELDS = ["id", "number", "subject", "status", "assignee_id", "department_id", "mailbox_id", "contact_name", "contact_email", "language"]
const MAILBOX_FIELDS = ["id", "name", "address", "enabled", "noreply_address", "signature", "receipt_template", "confirmation_template", "templates"]
const EXCERPT = 600

type Ticket = Record<(typeof TICKET_FIELDS)[number], any>

/**
 * The notices happenings send to agents (SPEC §5 table, F-ASSIGN, F-WATCH),
 * for a whole batch at once (a mail import may open thousands of tickets):
 * mail from the ticket's mailbox (else the default one) to each agent
 * concerned, and a line for the admin feed. The mail carries no ticket tag
 * and no thread headers, so an agent's answer to it can never be filed on
 * the ticket as the customer's words.
 */
export const composeAgentNotificationsStep = createStep(
  composeAgentNotificationsStepId,
  async (input: { notices: TicketNotice[] }, { container }) => {
    const result: AgentNotifications = { mails: [], feed: [] }
    if (!input.notices.length) return new StepResponse(result)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const users = container.resolve(Modules.USER)
    const tickets = (await helpdesk.listTickets({ id: unique(input.notices.map((n) => n.ticket_id)) }, { select: TICKET_FIELDS })) as Ticket[]
    // Unconfirmed mail may be spam: nobody hears of it until it is accepted.
    const ticketById = new Map(tickets.filter((t) => t.status !== TicketStatuses.PENDING_CONFIRMATION).map((t) => [t.id, t]))
    const notices = input.notices.filter((n) => ticketById.has(n.ticket_id))
    if (!notices.length) return new StepResponse(result)

    const departmentIds = unique(tickets.map((t) => t.department_id))
    const [members, watchers, agents, preferences] = await Promise.all([
      departmentIds.length ? helpdesk.listDepartmentMembers({ department_id: departmentIds }, { select: ["department_id", "user_id"] }) : [],
      helpdesk.listTicketWatchers({ ticket_id: [...ticketById.keys()] }, { select: ["ticket_id", "user_id"] }),
      users.listUsers({}, { select: ["id", "email", "first_name", "last_name"] }),
      helpdesk.listNotificationPreferences({}),
    ])
    const agentById = new Map(agents.map((u) => [u.id, u]))
    const agentIds = [...agentById.keys()]
    const prefs = new Map(preferences.map((p) => [p.user_id, p]))
    const membersOf = groupBy(members.filter((m) => agentById.has(m.user_id)), (m) => m.department_id, (m) => m.user_id)
    // A watcher whose account was deleted hears nothing.
    const watchersOf = groupBy(watchers.filter((w) => agentById.has(w.user_id)), (w) => w.ticket_id, (w) => w.user_id)
    const nameOf = (id: string | null) => {
      const u = id ? agentById.get(id) : undefined
      return u ? [u.first_name, u.last_name].filter(Boolean).join(" ") || u.email : null
    }

    const planned = notices
      .map((notice) => {
        const ticket = ticketById.get(notice.ticket_id)!
        const actorId = typeof notice.data.actor_id === "string" ? notice.data.actor_id : null
        const recipients = notificationRecipients(notice.happening, {
          assignee_id: ticket.assignee_id ?? null,
          department_member_ids: ticket.department_id ? membersOf.get(ticket.department_id) ?? [] : null,
          all_agent_ids: agentIds,
          watcher_ids: watchersOf.get(ticket.id) ?? [],
          preferences: prefs,
          actor_id: actorId,
        })
        return { notice, ticket, actorId, recipients }
      })
      .filter((p) => p.recipients.length)
    if (!planned.length) return new StepResponse(result)

    const [excerpts, mailboxes] = await Promise.all([
      loadExcerpts(helpdesk, planned.map((p) => p.notice)),
      loadMailboxes(helpdesk, planned.map((p) => p.ticket)),
    ])
    const options = helpdesk.getOptions()
    for (const { notice, ticket, actorId, recipients } of planned) {
      const line = describeHappening(notice.event, notice.data, nameOf(actorId))
      result.feed.push({
        title: `#${ticket.number} ${ticket.subject}`.slice(0, 200),
        description: line,
        ticket_id: ticket.id,
        event: notice.event,
        receiver_ids: recipients.map((r) => r.user_id),
      })
      const mailbox = mailboxes(ticket)
      if (!mailbox) continue
      const excerpt = excerpts(notice)
      for (const { user_id, reason } of recipients) {
        const user = agentById.get(user_id)
        if (!user?.email) continue
        const composed = composeAutoMail({
          kind: "notification",
          template: mailboxTemplate(mailbox, `notify_${reason}` as `notify_${NotificationReason}`, ticket.language),
          values: {
            MY_NAME: nameOf(actorId),
            CUSTOMER_NAME: ticket.contact_name ?? ticket.contact_email,
            TICKET_NUMBER: ticket.number,
            TICKET_SUBJECT: ticket.subject,
            MESSAGE: excerpt ? `${line}\n\n${excerpt}` : line,
            TICKET_URL: adminTicketUrl(helpdesk, ticket.id),
            STORE_NAME: (options as { storeName?: string }).storeName ?? null,
          },
          mailbox,
          use_noreply: true,
          to: { email: user.email, name: nameOf(user_id) },
          ticket: { number: ticket.number, subject: ticket.subject },
          message_id: createMessageId(messageIdDomain(mailbox.address), helpdesk.getSecretKey()),
          in_reply_to: null,
          subject_tag: null,
        })
        result.mails.push({ ...composed, ticket_id: ticket.id, sender: "noreply", recipient_user_id: user_id })
      }
    }
    return new StepResponse(result)
  }
)

/**
 * The words a notice is about, cut short (agents open the ticket for the
 * rest): a new ticket's first message, or the message or note the event
 * names. Status changes and edits have none.
 */
async function loadExcerpts(helpdesk: HelpdeskModuleService, notices: TicketNotice[]) {
  const created = notices.filter((n) => n.happening.kind === "created").map((n) => n.ticket_id)
  const named = notices
    .filter((n) => n.happening.kind !== "created" && n.event !== "helpdesk.ticket.assigned" && n.data.id !== n.ticket_id)
    .map((n) => n.data.id)
    .filter((id): id is string => typeof id === "string")
  const [firsts, messages] = await Promise.all([
    created.length
      ? helpdesk.listTicketMessages({ ticket_id: created }, { select: ["ticket_id", "body_text", "created_at"], order: { created_at: "ASC" } })
      : [],
    named.length ? helpdesk.listTicketMessages({ id: named }, { select: ["id", "body_text"] }) : [],
  ])
  const firstOf = new Map<string, string>()
  for (const m of firsts) if (!firstOf.has(m.ticket_id)) firstOf.set(m.ticket_id, m.body_text)
  const byId = new Map<string, string>(messages.map((m): [string, string] => [m.id, m.body_text]))
  return (notice: TicketNotice): string | null => {
    const text = (notice.happening.kind === "created" ? firstOf.get(notice.ticket_id) : byId.get(String(notice.data.id)))?.trim()
    return text ? (text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text) : null
  }
}

/** The mailbox each ticket's notices go out from: its own, else the default one; none without either. */
async function loadMailboxes(helpdesk: HelpdeskModuleService, tickets: Ticket[]) {
  const fallback = tickets.some((t) => !t.mailbox_id) ? (await helpdesk.getSettings()).default_mailbox_id : null
  const ids = unique([...tickets.map((t) => t.mailbox_id), fallback])
  const rows = ids.length ? await helpdesk.listMailboxes({ id: ids, enabled: true }, { select: MAILBOX_FIELDS }) : []
  const byId = new Map(rows.map((m) => [m.id, m as any]))
  return (ticket: Ticket) => byId.get(ticket.mailbox_id ?? fallback) ?? null
}

function unique(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))]
}

function groupBy<T>(rows: T[], key: (row: T) => string, value: (row: T) => string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), value(row)])
  return map
}
