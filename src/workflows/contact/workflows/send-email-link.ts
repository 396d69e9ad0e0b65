import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { createOutboundMailsStep } from "../../outbox/steps/create-outbound-mails"
import { composeEmailLinkStep, ComposeEmailLinkInput } from "../steps/compose-email-link"

export const sendEmailLinkWorkflowId = "send-email-link"

/** Queues the mail with the link that proves an address; it goes out through the outbox like every mail. */
export const sendEmailLinkWorkflow = createWorkflow(sendEmailLinkWorkflowId, (input: WorkflowData<ComposeEmailLinkInput>) => {
  const mails = composeEmailLinkStep(input)
  const queued = createOutboundMailsStep(mails)
  emitEventsStep(
    transform({ queued }, ({ queued }): EventsToEmit => ({ [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: [{ ids: queued.map((q) => q.id) }] }))
  )
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ email: input.email, sent: true })))
})
