import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { composeTicketAutoMailsStep } from "../../outbox/steps/compose-ticket-auto-mails"
import { createOutboundMailsStep } from "../../outbox/steps/create-outbound-mails"
import { createTicketsWorkflow } from "../../ticket/workflows/create-tickets"
import { CreateTicketWorkflowInput, TicketActor } from "../../ticket/types"
import { claimFormSubmissionStep } from "../steps/claim-form-submission"
import { recordFormSubmissionTicketStep } from "../steps/record-form-submission-ticket"

export const submitFormWorkflowId = "submit-form"

export interface SubmitFormWorkflowInput {
  form_id: string
  idempotency_key: string
  ticket: CreateTicketWorkflowInput
  actor: TicketActor
}

/**
 * A checked form submission becomes a ticket: the idempotency key is taken
 * first (one ticket per submission, however often it is sent), then the
 * ticket with its first message and files, then the receipt of the form's
 * mailbox through the outbox. Everything is stored before the caller answers.
 */
export const submitFormWorkflow = createWorkflow(submitFormWorkflowId, (input: WorkflowData<SubmitFormWorkflowInput>) => {
  const claim = claimFormSubmissionStep(
    transform({ input }, ({ input }) => ({ form_id: input.form_id, idempotency_key: input.idempotency_key }))
  )
  const tickets = createTicketsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ tickets: [input.ticket], actor: input.actor })),
  })
  const ticket = transform({ tickets }, ({ tickets }) => tickets[0])
  recordFormSubmissionTicketStep(transform({ claim, ticket }, ({ claim, ticket }) => ({ submission_id: claim.id, ticket_id: ticket.id })))
  const receipts = composeTicketAutoMailsStep(transform({ ticket }, ({ ticket }) => ({ ticket_ids: [ticket.id] })))
  const queued = createOutboundMailsStep(receipts)
  emitEventsStep(
    transform({ queued }, ({ queued }): EventsToEmit => ({
      [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: queued.length ? [{ ids: queued.map((q) => q.id) }] : [],
    }))
  )
  return new WorkflowResponse(ticket)
})
