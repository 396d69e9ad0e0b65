import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketStatuses } from "../../../modules/helpdesk"
import {
  createTicketEventsStep,
  moveTicketMessagesStep,
  planTicketMergeStep,
  updateTicketStep,
} from "../steps"
import { TicketActor } from "../types"

export const mergeTicketsWorkflowId = "merge-tickets"

/**
 * Merges a duplicate into another ticket: its messages move over and it
 * becomes a closed pointer to the other one. Both histories say so.
 */
export const mergeTicketsWorkflow = createWorkflow(
  mergeTicketsWorkflowId,
  (input: WorkflowData<{ ticket_id: string; into_ticket_id: string; actor: TicketActor }>) => {
    const plan = planTicketMergeStep(input)
    moveTicketMessagesStep(
      transform({ plan }, ({ plan }) => ({ message_ids: plan.message_ids, to_ticket_id: plan.target.id }))
    )
    const pointer = updateTicketStep(
      transform({ plan }, ({ plan }) => ({
        id: plan.source.id,
        merged_into_id: plan.target.id,
        status: plan.source.status === TicketStatuses.CLOSED ? plan.source.status : TicketStatuses.CLOSED,
        closed_at: new Date(),
        claimed_by_id: null,
        claim_expires_at: null,
      }))
    )
    updateTicketStep(
      transform({ plan }, ({ plan }) => ({ id: plan.target.id, last_message_at: new Date() }))
    ).config({ name: "update-merge-target" })
    const history = transform({ plan, input }, ({ plan, input }) => {
      const actor = { actor_type: input.actor.type, actor_id: input.actor.id ?? null }
      return [
        { ticket_id: plan.source.id, type: "merged_into", ...actor, data: { to: plan.target.id, number: plan.target.number, from_status: plan.source.status } },
        { ticket_id: plan.target.id, type: "merged_from", ...actor, data: { from: plan.source.id, number: plan.source.number, messages: plan.message_ids.length } },
      ]
    })
    createTicketEventsStep(history)
    return new WorkflowResponse(pointer)
  }
)
