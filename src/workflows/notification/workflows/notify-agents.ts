import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { createOutboundMailsStep } from "../../outbox/steps/create-outbound-mails"
import { composeAgentNotificationsStep, TicketNotice } from "../steps/compose-agent-notifications"
import { createFeedNotificationsStep } from "../steps/create-feed-notification"

export const notifyAgentsWorkflowId = "notify-agents"

/** Tells the agents a ticket's happening concerns: mail through the outbox, and the admin feed. */
export const notifyAgentsWorkflow = createWorkflow(notifyAgentsWorkflowId, (input: WorkflowData<{ notices: TicketNotice[] }>) => {
  const notices = composeAgentNotificationsStep(input)
  const queued = createOutboundMailsStep(transform({ notices }, ({ notices }) => notices.mails))
  createFeedNotificationsStep(transform({ notices }, ({ notices }) => notices.feed))
  emitEventsStep(
    transform({ queued }, ({ queued }): EventsToEmit => ({
      [HelpdeskEvents.OUTBOUND_MAIL_QUEUED]: queued.length ? [{ ids: queued.map((q) => q.id) }] : [],
    }))
  )
  return new WorkflowResponse(queued)
})
