import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { FormSubmissionInput } from "../../../modules/helpdesk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { composeTicketAutoMailsStep } from "../../outbox/steps/compose-ticket-auto-mails"
import { createOutboundMailsStep } from "../../outbox/steps/create-outbound-mails"
import { storeFormSubmissionStep } from "../steps/store-form-submission"

export const submitFormWorkflowId = "submit-form"

/**
 * A checked form submission becomes a ticket (one per idempotency key,
 * however often it is sent), then the receipt of the form's mailbox goes to
 * the outbox. Everything is stored before the caller answers; agents hear of
 * the ticket from `helpdesk.ticket.created`, like every other new ticket.
 */
export const submitFormWorkflow = createWorkflow(submitFormWorkflowId, (input: WorkflowData<FormSubmissionInput>) => {
  const ticket = storeFormSubmissionStep(input)
  // A form without a mailbox sends no receipt: nothing to look up.
  const receipts = composeTicketAutoMailsStep(
    transform({ ticket, input }, ({ ticket, input }) => ({ ticket_ids: input.ticket.mailbox_id ? [ticket.id] : [] }))
  )
  const queued = createOutboundMailsStep(receipts)
  emitEventsStep(
    transform({ ticket, queued }, ({ ticket, queued }): EventsToEmit => ({
      [HelpdeskEvents.TICKET_CREATED]: [{ id: ticket.id, number: ticket.number, channel: "form", status: ticket.status, actor_id: null }],
      [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: queued.length ? [{ ids: queued.map((q) => q.id) }] : [],
    }))
  )
  return new WorkflowResponse(ticket)
})
