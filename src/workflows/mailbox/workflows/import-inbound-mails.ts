import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { createTicketEventsStep, createTicketMessagesStep, createTicketsStep } from "../../ticket/steps"
import { createTicketAttachmentsStep } from "../steps/create-ticket-attachments"
import { markMessagesBouncedStep } from "../steps/mark-messages-bounced"
import { planInboundMailsStep } from "../steps/plan-inbound-mails"
import { recordInboundMailsStep } from "../steps/record-inbound-mails"
import { updateInboundMailsStep } from "../steps/update-inbound-mails"
import { updateTicketsStep } from "../steps/update-tickets"
import { ImportInboundMailsInput } from "../types"
import { ticketIdOf } from "../utils/plan-inbound-mails"

export const importInboundMailsWorkflowId = "import-inbound-mails"

/**
 * Stores a batch of fetched mail (driver → parse happened before; here:
 * filters → thread → store). Every mail is recorded first, so a mail is never
 * imported twice; a record left "received" by a crash is picked up again, and
 * a message already stored for it is not written a second time.
 */
export const importInboundMailsWorkflow = createWorkflow(
  importInboundMailsWorkflowId,
  (input: WorkflowData<ImportInboundMailsInput>) => {
    const records = recordInboundMailsStep(input)
    const plan = planInboundMailsStep({ input, records })

    const tickets = createTicketsStep(transform({ plan }, ({ plan }) => plan.new_tickets as never[]))
    const newIds = transform({ tickets }, ({ tickets }) => tickets.map((t) => t.id))
    updateTicketsStep(transform({ plan }, ({ plan }) => plan.ticket_updates))
    const messages = createTicketMessagesStep(
      transform({ plan, newIds }, ({ plan, newIds }) =>
        plan.messages.map((m) => ({ ...m.data, ticket_id: ticketIdOf(newIds, m.ref) }))
      )
    )
    createTicketAttachmentsStep(
      transform({ plan, messages }, ({ plan, messages }) =>
        plan.messages.flatMap((m, i) => m.attachments.map((a) => ({ ...a, message_id: messages[i].id })))
      )
    )
    createTicketEventsStep(
      transform({ plan, newIds }, ({ plan, newIds }) =>
        plan.events.map(({ ref, ...event }) => ({ ...event, ticket_id: ticketIdOf(newIds, ref) }))
      )
    )
    markMessagesBouncedStep(transform({ plan }, ({ plan }) => plan.failed_message_ids))
    updateInboundMailsStep(
      transform({ plan, newIds, messages }, ({ plan, newIds, messages }) =>
        plan.records.map((r) => ({
          id: r.id,
          status: r.status,
          reason: r.reason,
          ticket_id: r.ref ? ticketIdOf(newIds, r.ref) : null,
          ticket_message_id: r.existing_message_id ?? (r.message_index === null ? null : messages[r.message_index].id),
        }))
      )
    )

    const emitted = transform({ plan, newIds, messages, tickets }, ({ plan, newIds, messages, tickets }) => ({
      created: tickets.map((t) => ({ id: t.id, number: t.number, channel: "email", status: t.status })),
      received: plan.received
        .filter((r) => r.kind === "customer" && "ticket_id" in r.ref)
        .map((r) => ({ id: messages[r.message_index].id, ticket_id: ticketIdOf(newIds, r.ref) })),
      auto: plan.received
        .filter((r) => r.kind === "auto" || r.kind === "bounce")
        .map((r) => ({ id: messages[r.message_index].id, ticket_id: ticketIdOf(newIds, r.ref), kind: r.kind })),
      bounced: plan.failed_message_ids.map((id) => ({ id })),
      unprocessable: plan.records.filter((r) => r.status === "failed").map((r) => ({ id: r.id })),
    }))
    emitEventStep({ eventName: HelpdeskEvents.TICKET_CREATED, data: transform({ emitted }, ({ emitted }) => emitted.created) }).config({ name: "emit-tickets-created" })
    emitEventStep({ eventName: HelpdeskEvents.MESSAGE_RECEIVED, data: transform({ emitted }, ({ emitted }) => emitted.received) }).config({ name: "emit-messages-received" })
    emitEventStep({ eventName: HelpdeskEvents.MESSAGE_AUTO_RECEIVED, data: transform({ emitted }, ({ emitted }) => emitted.auto) }).config({ name: "emit-auto-messages" })
    emitEventStep({ eventName: HelpdeskEvents.MESSAGE_BOUNCED, data: transform({ emitted }, ({ emitted }) => emitted.bounced) }).config({ name: "emit-messages-bounced" })
    emitEventStep({ eventName: HelpdeskEvents.MAIL_UNPROCESSABLE, data: transform({ emitted }, ({ emitted }) => emitted.unprocessable) }).config({ name: "emit-mail-unprocessable" })

    return new WorkflowResponse(transform({ plan, records }, ({ plan, records }) => ({
      records: plan.records.map((r) => ({ id: r.id, status: r.status, reason: r.reason })),
      duplicates: records.length - plan.records.length,
    })))
  }
)
