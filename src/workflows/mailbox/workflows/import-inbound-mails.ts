import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { composeTicketAutoMailsStep } from "../../outbox/steps/compose-ticket-auto-mails"
import { createOutboundMailsStep } from "../../outbox/steps/create-outbound-mails"
import { composeAgentNotificationsStep, TicketNotice } from "../../notification/steps/compose-agent-notifications"
import { createFeedNotificationsStep } from "../../notification/steps/create-feed-notification"
import { storeInboundMailsStep } from "../steps/store-inbound-mails"
import { ImportInboundMailsInput } from "../types"

export const importInboundMailsWorkflowId = "import-inbound-mails"

/**
 * Stores a batch of fetched mail (the driver fetched and parsed it; here:
 * filters and thread → store → receipts → events). Each mail's record is written in the
 * transaction that stores the mail, under a unique (mailbox, key), so a mail
 * is never imported twice; a record left "received" by an older version is
 * picked up again, and a message already stored for it is not written twice.
 */
export const importInboundMailsWorkflow = createWorkflow(
  importInboundMailsWorkflowId,
  (input: WorkflowData<ImportInboundMailsInput>) => {
    const stored = storeInboundMailsStep(input)
    // For the whole batch at once: a subscriber per ticket cost more than the import.
    const autoMails = composeTicketAutoMailsStep(transform({ stored }, ({ stored }) => ({ ticket_ids: stored.tickets.map((t) => t.id) })))
    const notices = composeAgentNotificationsStep(transform({ stored }, ({ stored }) => ({ notices: noticesOf(stored) })))
    const queued = createOutboundMailsStep(
      transform({ autoMails, notices }, ({ autoMails, notices }) => [...autoMails, ...notices.mails])
    )
    createFeedNotificationsStep(transform({ notices }, ({ notices }) => notices.feed))
    const outcome = transform({ stored, queued }, ({ stored, queued }) => {
      const newIds = stored.tickets.map((t) => t.id)
      const messages = (kinds: string[]) =>
        stored.messages.filter((m) => kinds.includes(m.kind)).map((m) => ({ id: m.id, ticket_id: m.ticket_id, kind: m.kind }))
      return {
        events: {
          [HelpdeskEvents.TICKET_CREATED]: stored.tickets.map((t) => ({ id: t.id, number: t.number, channel: "email", status: t.status, source: "mail" })),
          // Only news on an existing ticket: a new ticket's first message comes with "created".
          [HelpdeskEvents.MESSAGE_RECEIVED]: messages(["customer"]).filter((m) => !newIds.includes(m.ticket_id)).map((m) => ({ ...m, source: "mail" })),
          [HelpdeskEvents.MESSAGE_AUTO_RECEIVED]: messages(["auto", "bounce"]),
          [HelpdeskEvents.MESSAGE_BOUNCED]: stored.failed_message_ids.map((id) => ({ id })),
          [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: queued.length ? [{ ids: queued.map((q) => q.id) }] : [],
          [HelpdeskEvents.MAIL_UNPROCESSABLE]: stored.records.filter((r) => r.status === "failed").map((r) => ({ id: r.id })),
        },
        result: {
          records: stored.records,
          duplicates: stored.duplicates,
        },
      }
    })
    emitEventsStep(transform({ outcome }, ({ outcome }) => outcome.events as EventsToEmit))
    return new WorkflowResponse(transform({ outcome }, ({ outcome }) => outcome.result))
  }
)

/** What agents hear of from a stored batch: its new tickets, and customers' answers on existing ones. */
function noticesOf(stored: { tickets: { id: string }[]; messages: { id: string; ticket_id: string; kind: string }[] }): TicketNotice[] {
  const created = new Set(stored.tickets.map((t) => t.id))
  return [
    ...stored.tickets.map((t): TicketNotice => ({ ticket_id: t.id, event: HelpdeskEvents.TICKET_CREATED, data: { id: t.id }, happening: { kind: "created" } })),
    ...stored.messages
      .filter((m) => m.kind === "customer" && !created.has(m.ticket_id))
      .map((m): TicketNotice => ({ ticket_id: m.ticket_id, event: HelpdeskEvents.MESSAGE_RECEIVED, data: { id: m.id, ticket_id: m.ticket_id }, happening: { kind: "customer_replied" } })),
  ]
}
