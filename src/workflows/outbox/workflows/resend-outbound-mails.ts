import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { HelpdeskEvents } from "../../events"
import { createTicketEventsStep } from "../../ticket/steps"
import { TicketActor } from "../../ticket/types"
import { requeueFailedMailsStep } from "../steps/requeue-failed-mails"

export const resendOutboundMailsWorkflowId = "resend-outbound-mails"

export interface ResendOutboundMailsInput {
  ids: string[]
  /** The ticket the mail belongs to, for its history. */
  ticket_id: string
  actor: TicketActor
}

/** *Resend* for failed mail: same mail, same Message-ID, attempts from zero; written to the ticket's history. */
export const resendOutboundMailsWorkflow = createWorkflow(
  resendOutboundMailsWorkflowId,
  (input: WorkflowData<ResendOutboundMailsInput>) => {
    const ids = requeueFailedMailsStep(transform({ input }, ({ input }) => ({ ids: input.ids })))
    createTicketEventsStep(
      transform({ input }, ({ input }) => [
        { ticket_id: input.ticket_id, type: "resend", actor_type: input.actor.type, actor_id: input.actor.id ?? null, data: { outbound_mail_ids: input.ids } },
      ])
    )
    emitEventStep({ eventName: HelpdeskEvents.OUTBOUND_MAIL_QUEUED, data: transform({ ids }, ({ ids }) => ({ ids })) })
    return new WorkflowResponse(ids)
  }
)
