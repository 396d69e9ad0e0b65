import {
  CreateTicketInput,
  InboundBatchInput,
  InboundMailRecord,
  InboundTicketRef,
  planTicketTransition,
  TicketActionDefinition,
  TicketActions,
  ticketChangesFor,
  TicketStatuses,
  TicketStatusDefinition,
} from "../../../modules/helpdesk"
import { bounceReason } from "../../../lib/mail/bounce-reason"
import { decideThread, ThreadCandidate } from "../../../lib/mail/thread/decide-thread"
import { InboundMailPayload } from "../types"

export interface PlannedTicket extends ThreadCandidate {
  number: string
  status: string
  status_before_delete: string | null
  assignee_id: string | null
  closed_at: Date | string | null
  archived_at: Date | string | null
}

export interface PlanContext {
  mailbox: {
    id: string
    language: string | null
    antispam_enabled: boolean
    default_department_id: string | null
  }
  defaultLanguage: string
  senderRateLimit: number
  force: boolean
  records: Map<string, InboundMailRecord>
  byNumber: Map<string, PlannedTicket>
  byMessageId: Map<string, PlannedTicket>
  /** Message-IDs of what agents sent: such a mail coming back is our own. */
  ownMessageIds: Set<string>
  /** Whether the helpdesk made this Message-ID (its HMAC token verifies). */
  isOwnMessageId: (id: string) => boolean
  /** Stored message row ids by Message-ID, for bounces. */
  messageRowsByMessageId: Map<string, { id: string; ticket_id: string; delivery_status: string | null }>
  /** By ticket id: the addresses it was forwarded to, who may answer as colleagues. */
  forwardedTo: Map<string, Set<string>>
  /** Inbound records that already have their message (a run stopped before marking them). */
  alreadyStored: Map<string, { message_id: string; ticket_id: string }>
  customersByEmail: Map<string, { id: string; name: string | null }>
  knownSenders: Set<string>
  recentBySender: Map<string, number>
  statuses: TicketStatusDefinition[]
  customerMessageAction: TicketActionDefinition
}

type TicketRef = InboundTicketRef

/** A batch's writes, plus which messages are news for whom (events after the store). */
export interface InboundPlan extends InboundBatchInput {
  received: { ref: TicketRef; message_index: number; kind: "customer" | "auto" | "bounce" | "forward" }[]
}

const UNTRUSTED_BOUNCE = "A delivery failure report that names no mail this helpdesk sent: filed as ordinary mail."

const AUTO_LABEL = { "auto-reply": "an automatic reply", bounce: "a delivery failure report", bulk: "bulk mail" }

/**
 * Decides, for one batch, what every mail becomes: a new ticket, a message
 * on a ticket (reopening it when closed), a note of an automatic mail, or a
 * skip with a reason. Pure over the loaded context; the steps after it write.
 */
export function planInboundMails(mails: InboundMailPayload[], ctx: PlanContext): InboundPlan {
  const plan: InboundPlan = {
    new_tickets: [], messages: [], ticket_updates: [], events: [], failed_message_ids: [], failed_message_errors: {}, records: [], received: [],
  }
  const state = new Map<string, PlannedTicket>()
  const updates = new Map<string, Record<string, unknown>>()
  const batchThreads = new Map<string, { ref: TicketRef; subject: string }>()
  const sentCount = new Map(ctx.recentBySender)
  const now = new Date()
  const ticketsById = new Map([...ctx.byNumber.values(), ...ctx.byMessageId.values()].map((t) => [t.id, t]))
  // decideThread only reads these: one view for the whole batch.
  const lookup = {
    byNumber: ctx.byNumber as Map<string, ThreadCandidate>,
    byMessageId: ctx.byMessageId as Map<string, ThreadCandidate>,
    forwardedTo: ctx.forwardedTo,
  }

  const skip = (recordId: string, reason: string) =>
    plan.records.push({ id: recordId, status: "skipped", reason, ref: null, message_index: null })

  // The same mail twice in one batch (delivered twice, or appended again) has
  // one record; its second copy is a duplicate like any mail already recorded.
  const planned = new Set<string>()
  for (const mail of mails) {
    const record = ctx.records.get(mail.dedupe_key)
    if (!record || !shouldProcess(record, ctx.force) || planned.has(record.id)) continue
    planned.add(record.id)
    if (mail.error) {
      plan.records.push({ id: record.id, status: "failed", reason: mail.error, ref: null, message_index: null })
      continue
    }
    const stored = ctx.alreadyStored.get(record.id)
    if (stored) {
      plan.records.push({ id: record.id, status: "imported", reason: null, ref: { ticket_id: stored.ticket_id }, message_index: null, existing_message_id: stored.message_id })
      continue
    }
    const from = (mail.from?.address ?? "").toLowerCase()
    if (mail.message_id && (ctx.ownMessageIds.has(mail.message_id) || ctx.isOwnMessageId(mail.message_id))) {
      skip(record.id, "This is a mail the helpdesk sent itself.")
      continue
    }
    // Anyone can quote a Message-ID they have seen; only a report naming one
    // the helpdesk signed is trusted. Any other goes on as ordinary mail.
    const trustedBounce = mail.auto === "bounce" && !!mail.bounced_message_id && ctx.isOwnMessageId(mail.bounced_message_id)
    if (trustedBounce) {
      const original = ctx.messageRowsByMessageId.get(mail.bounced_message_id!)
      if (!original) {
        skip(record.id, "A delivery failure report for a mail this helpdesk sent whose message is no longer stored.")
        continue
      }
      // Only mail the server took can bounce; one queued again (Resend) is
      // left to its new attempt. The report's reason goes on it.
      if (original.delivery_status === "sent" || original.delivery_status === "failed") {
        plan.failed_message_ids.push(original.id)
        plan.failed_message_errors![original.id] = bounceReason(mail.delivery ?? { status: null, recipient: null })
      }
      addMessage(plan, record.id, { ticket_id: original.ticket_id }, mail, "system", "bounce", now)
      continue
    }
    // A delay warning is not a failure: the server keeps trying and a bounce
    // follows if it gives up. Our reply stays as it is; the mail log says why.
    const delayed = mail.delivery?.action === "delayed" && !!mail.delivery.message_id && ctx.isOwnMessageId(mail.delivery.message_id)
    if (delayed) {
      skip(record.id, `${delayNote(mail.delivery!)} The receiving server is still trying; the mail stays as sent.`)
      continue
    }
    const auto = mail.auto === "bounce" ? null : mail.auto

    const decision = decideThread(
      { subject: mail.subject ?? "", message_id: mail.message_id ?? null, in_reply_to: mail.in_reply_to ?? null, references: mail.references ?? [], ticket_ref: mail.ticket_ref ?? null, from },
      lookup
    )
    let ref: TicketRef | null = decision.ticket ? { ticket_id: decision.ticket.id } : null
    if (!ref) {
      // A reply to a mail earlier in this same batch.
      const ids = [mail.in_reply_to, ...(mail.references ?? [])].filter((id): id is string => !!id)
      const earlier = ids.map((id) => batchThreads.get(id)).find((t) => t)
      if (earlier) ref = earlier.ref
    }

    if (auto) {
      if (!ref) {
        skip(record.id, `This is ${AUTO_LABEL[auto]}; it opens no ticket.`)
        continue
      }
      addMessage(plan, record.id, ref, mail, "system", "auto", now)
      continue
    }

    const count = sentCount.get(from) ?? 0
    if (!ctx.force && count >= ctx.senderRateLimit) {
      skip(record.id, `Held by the loop guard: ${from} sent ${count} mails to this mailbox in the last hour (limit ${ctx.senderRateLimit}). Retry to import it.`)
      continue
    }
    sentCount.set(from, count + 1)

    const kind = decision.ticket && decision.kind === "forward" ? "forward" : "message"
    if (ref && "ticket_id" in ref) {
      const ticket = state.get(ref.ticket_id) ?? ticketsById.get(ref.ticket_id)!
      if (kind === "message") {
        const transition = planTicketTransition(ctx.customerMessageAction, ticket, "customer", ctx.statuses)
        const changes = ticketChangesFor(ctx.customerMessageAction, transition, ticket, { type: "customer" }, now)
        if (transition.from !== transition.to) {
          plan.events.push({ ref, type: TicketActions.REOPEN, actor_type: "customer", data: { ...transition, via: "email" } })
        }
        state.set(ref.ticket_id, { ...ticket, ...changes } as PlannedTicket)
        updates.set(ref.ticket_id, { ...updates.get(ref.ticket_id), ...changes, last_message_at: now, last_customer_message_at: now })
      } else {
        updates.set(ref.ticket_id, { ...updates.get(ref.ticket_id), last_message_at: now })
      }
    } else if (!ref) {
      const customer = ctx.customersByEmail.get(from)
      const known = !!customer || ctx.knownSenders.has(from)
      plan.new_tickets.push(<CreateTicketInput>{
        subject: ticketSubject(mail.subject),
        status: ctx.mailbox.antispam_enabled && !known ? TicketStatuses.PENDING_CONFIRMATION : TicketStatuses.NEW,
        channel: "email",
        contact_email: from,
        contact_name: mail.from?.name || customer?.name || null,
        customer_id: customer?.id ?? null,
        department_id: ctx.mailbox.default_department_id,
        language: ctx.mailbox.language ?? ctx.defaultLanguage,
        mailbox_id: ctx.mailbox.id,
        last_message_at: now,
        last_customer_message_at: now,
      })
      ref = { new_ticket: plan.new_tickets.length - 1 }
      plan.events.push({ ref, type: "created", actor_type: "customer", data: { channel: "email", mailbox_id: ctx.mailbox.id } })
    }
    addMessage(plan, record.id, ref, mail, kind === "forward" ? "colleague" : "customer", kind === "forward" ? "forward" : "customer", now, ctx.customersByEmail.get(from)?.id)
    if (mail.auto === "bounce") plan.records[plan.records.length - 1].reason = UNTRUSTED_BOUNCE
    if (mail.message_id) batchThreads.set(mail.message_id, { ref, subject: mail.subject ?? "" })
  }

  plan.ticket_updates = [...updates].map(([id, changes]) => ({ id, ...changes }))
  return plan
}

function delayNote(delivery: NonNullable<InboundMailPayload["delivery"]>): string {
  const about = [delivery.status, delivery.recipient].filter(Boolean).join(" ")
  return `A delay warning for a mail this helpdesk sent${about ? ` (${about})` : ""}.`
}

function shouldProcess(record: InboundMailRecord, force: boolean): boolean {
  if (record.status === "received") return true
  return force && (record.status === "skipped" || record.status === "failed")
}

function ticketSubject(subject: string | undefined): string {
  const s = (subject ?? "").replace(/\s+/g, " ").trim()
  return s || "(no subject)"
}

function addMessage(
  plan: InboundPlan,
  recordId: string,
  ref: TicketRef,
  mail: InboundMailPayload,
  author: "customer" | "colleague" | "system",
  kind: "customer" | "forward" | "auto" | "bounce",
  now: Date,
  customerId?: string
) {
  const text = mail.text ?? ""
  const reply = (mail.reply ?? "").trim() ? mail.reply! : text
  const quoted = reply.length < text.length ? text : null
  plan.messages.push({
    ref,
    attachments: mail.attachments ?? [],
    data: {
      kind: author === "customer" ? "message" : author === "colleague" ? "forward" : "system",
      author_type: author,
      author_id: author === "customer" ? customerId ?? null : null,
      author_email: mail.from?.address?.toLowerCase() || null,
      author_name: mail.from?.name || null,
      body_text: reply,
      quoted_text: quoted,
      body_html: mail.html ?? null,
      message_id: mail.message_id ?? null,
      in_reply_to: mail.in_reply_to ?? null,
      references: mail.references?.length ? mail.references : null,
      raw_file_id: mail.raw_file_id,
      inbound_mail_id: recordId,
    },
  })
  const index = plan.messages.length - 1
  plan.records.push({ id: recordId, status: "imported", reason: kind === "auto" ? `Filed as ${AUTO_LABEL[mail.auto ?? "auto-reply"]}.` : null, ref, message_index: index })
  plan.received.push({ ref, message_index: index, kind })
  for (const skipped of mail.skipped_attachments ?? []) {
    plan.events.push({ ref, type: "attachment_skipped", actor_type: "system", data: { ...skipped, at: now.toISOString() } })
  }
}
