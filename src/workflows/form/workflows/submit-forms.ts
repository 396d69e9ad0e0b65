import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FormSubmissionInput } from "../../../modules/helpdesk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { composeTicketAutoMailsStep } from "../../outbox/steps/compose-ticket-auto-mails"
import { createOutboundMailsStep } from "../../outbox/steps/create-outbound-mails"
import { storeFormSubmissionsStep } from "../steps/store-form-submissions"

export const submitFormsWorkflowId = "submit-forms"

/**
 * Checked form submissions become tickets (one per idempotency key, however
 * often it is sent; a taken key answers null in its place), then the
 * receipts of the forms' mailboxes go to the outbox. Everything is stored
 * before the callers answer; agents hear of each ticket from
 * `helpdesk.ticket.created`, like every other new ticket. The store routes
 * send the submissions that arrive together as one run (see
 * api/utils/forms/submit-together.ts).
 */
export const submitFormsWorkflow = createWorkflow(submitFormsWorkflowId, (input: WorkflowData<{ submissions: FormSubmissionInput[] }>) => {
  const tickets = storeFormSubmissionsStep(input)
  // A form without a mailbox sends no receipt: nothing to look up.
  const receipts = composeTicketAutoMailsStep(
    transform({ tickets, input }, ({ tickets, input }) => ({
      ticket_ids: tickets.flatMap((ticket, i) => (ticket && input.submissions[i].ticket.mailbox_id ? [ticket.id] : [])),
    }))
  )
  const queued = createOutboundMailsStep(receipts)
  emitEventsStep(
    transform({ tickets, queued }, ({ tickets, queued }): EventsToEmit => ({
      [HelpdeskEvents.TICKET_CREATED]: tickets.flatMap((ticket) =>
        ticket ? [{ id: ticket.id, number: ticket.number, channel: "form", status: ticket.status, actor_id: null }] : []
      ),
      [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: queued.length ? [{ ids: queued.map((q) => q.id) }] : [],
    }))
  )
  return new WorkflowResponse(tickets)
})
