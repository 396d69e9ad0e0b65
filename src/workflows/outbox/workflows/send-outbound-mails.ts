import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { claimOutboundMailsStep, ClaimOutboundMailsInput, sendOutboundMailsStep } from "../steps"

export const sendOutboundMailsWorkflowId = "send-outbound-mails"

/**
 * Claims due outgoing mail and sends it; what became of each record is on
 * the record and its message. Emits `helpdesk.outbound_mail.sent` and
 * `.failed` for other plugins.
 */
export const sendOutboundMailsWorkflow = createWorkflow(
  sendOutboundMailsWorkflowId,
  (input: WorkflowData<ClaimOutboundMailsInput>) => {
    const claimed = claimOutboundMailsStep(input)
    const done = sendOutboundMailsStep(claimed)
    const events = transform({ done }, ({ done }): EventsToEmit => ({
      [HelpdeskEvents.OUTBOUND_MAIL_SENT]: done.sent.map((id) => ({ id })),
      [HelpdeskEvents.OUTBOUND_MAIL_FAILED]: done.failed.map((id) => ({ id })),
    }))
    emitEventsStep(events)
    return new WorkflowResponse(done)
  }
)
