import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { composeAutoMail } from "../../../lib/mail/compose/auto-mail"
import { mayAutoReply } from "../../../lib/mail/compose/may-auto-reply"
import { createMessageId, messageIdDomain } from "../../../lib/mail/message-id"
import { mailboxTemplate } from "../../../lib/templates/mail-templates"
import { HELPDESK_MODULE, HelpdeskModuleService, TicketStatuses } from "../../../modules/helpdesk"
import { requestConfirmUrl } from "../utils/request-confirm-url"
import { requestListUrl } from "../utils/request-list-url"
import { OutboundMailInput } from "./create-outbound-mails"

export const composeTicketAutoMailsStepId = "compose-ticket-auto-mails"

/** Channels whose tickets a person opened by writing from an address: they get receipts. */
const ANSWERED_CHANNELS = ["email", "form"]
const HOUR_MS = 60 * 60 * 1000

const TICKET_FIELDS = ["id", "number", "subject", "status", "channel", "contact_email", "contact_name", "language", "mailbox_id"]
const MAILBOX_FIELDS = [
  "id", "name", "address", "enabled", "receipt_enabled", "antispam_enabled", "noreply_address",
  "signature", "receipt_template", "confirmation_template", "templates",
]

/**
 * The receipt (SPEC F-RECEIPT) or, for a sender who must confirm first
 * (F-CONFIRM), the confirmation each new ticket gets from its mailbox:
 * never to an automatic mail or a machine's address, never twice for a
 * ticket, and at most `autoMailsPerSenderPerHour` per sender, counted
 * across every process (a loop with another auto-responder ends there).
 */
export const composeTicketAutoMailsStep = createStep(
  composeTicketAutoMailsStepId,
  async (input: { ticket_ids: string[] }, { container }) => {
    if (!input.ticket_ids.length) return new StepResponse([] as OutboundMailInput[])
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const options = helpdesk.getOptions()
    const tickets = (
      await helpdesk.listTickets({ id: input.ticket_ids, channel: ANSWERED_CHANNELS }, { select: TICKET_FIELDS })
    ).filter((t) => t.mailbox_id && t.contact_email) as unknown as AutoMailTicket[]
    if (!tickets.length) return new StepResponse([] as OutboundMailInput[])

    const mailboxes = await helpdesk.listMailboxes({ id: [...new Set(tickets.map((t) => t.mailbox_id))] }, { select: MAILBOX_FIELDS })
    const mailboxById = new Map(mailboxes.map((m) => [m.id, m as unknown as AutoMailMailbox]))
    const due = tickets.filter((t) => {
      const mailbox = mailboxById.get(t.mailbox_id)
      return mailbox?.enabled && (t.status === TicketStatuses.PENDING_CONFIRMATION || mailbox.receipt_enabled)
    })
    if (!due.length) return new StepResponse([] as OutboundMailInput[])

    const ids = due.map((t) => t.id)
    const [firstMessages, already] = await Promise.all([
      helpdesk.listTicketMessages(
        { ticket_id: ids, author_type: "customer" },
        { select: ["ticket_id", "message_id", "inbound_mail_id", "created_at"], order: { created_at: "ASC" } }
      ),
      helpdesk.listOutboundMails({ ticket_id: ids, kind: ["receipt", "confirmation"] }, { select: ["ticket_id"] }),
    ])
    const firstByTicket = new Map<string, (typeof firstMessages)[number]>()
    for (const m of firstMessages) if (!firstByTicket.has(m.ticket_id)) firstByTicket.set(m.ticket_id, m)
    const inboundIds = [...firstByTicket.values()].map((m) => m.inbound_mail_id).filter((id): id is string => !!id)
    const inbound = inboundIds.length ? await helpdesk.listInboundMails({ id: inboundIds }, { select: ["id", "auto"] }) : []
    const autoByInbound = new Map(inbound.map((r) => [r.id, r.auto]))
    const sentFor = new Set(already.map((o) => o.ticket_id))

    const mails: OutboundMailInput[] = []
    const windowEndsAt = new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS)
    for (const ticket of due) {
      const mailbox = mailboxById.get(ticket.mailbox_id)!
      if (sentFor.has(ticket.id)) continue
      const kind = ticket.status === TicketStatuses.PENDING_CONFIRMATION ? "confirmation" : "receipt"
      const first = firstByTicket.get(ticket.id)
      const auto = first?.inbound_mail_id ? autoByInbound.get(first.inbound_mail_id) : null
      if (!mayAutoReply({ address: ticket.contact_email, auto })) continue
      const email = ticket.contact_email.toLowerCase()
      if (!(await helpdesk.takeSendAllowance(`auto:${email}`, windowEndsAt, options.autoMailsPerSenderPerHour))) continue

      const [listUrl, confirmUrl] = await Promise.all([
        requestListUrl(helpdesk, email),
        kind === "confirmation" ? requestConfirmUrl(helpdesk, ticket) : null,
      ])
      const composed = composeAutoMail({
        kind,
        template: mailboxTemplate(mailbox, kind, ticket.language),
        values: {
          CUSTOMER_NAME: ticket.contact_name,
          TICKET_NUMBER: ticket.number,
          TICKET_SUBJECT: ticket.subject,
          REQUEST_LIST_URL: listUrl,
          REQUEST_CONFIRM_URL: confirmUrl,
          STORE_NAME: (options as { storeName?: string }).storeName ?? null,
        },
        mailbox,
        use_noreply: true,
        to: { email: ticket.contact_email, name: ticket.contact_name },
        ticket,
        message_id: createMessageId(messageIdDomain(mailbox.address), helpdesk.getSecretKey()),
        in_reply_to: first?.message_id ?? null,
        subject_tag: options.subjectTag,
      })
      mails.push({ ...composed, ticket_id: ticket.id, sender: "noreply" })
    }
    return new StepResponse(mails)
  }
)

type AutoMailTicket = {
  id: string
  number: string
  subject: string
  status: string
  contact_email: string
  contact_name: string | null
  language: string | null
  mailbox_id: string
}

type AutoMailMailbox = Parameters<typeof mailboxTemplate>[0] & {
  id: string
  name: string
  address: string
  enabled: boolean
  receipt_enabled: boolean
  noreply_address: string | null
}
