import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimTicketStep, createTicketEventsStep } from "../steps"

export const claimTicketWorkflowId = "claim-ticket"

export interface ClaimTicketWorkflowInput {
  ticket_id: string
  agent_id: string
  take_over?: boolean
}

/** An agent takes a ticket so that nobody else answers it meanwhile (SPEC §6 "Claim"). */
export const claimTicketWorkflow = createWorkflow(
  claimTicketWorkflowId,
  (input: WorkflowData<ClaimTicketWorkflowInput>) => {
    const claim = claimTicketStep(input)
    const history = transform({ claim, input }, ({ claim, input }) =>
      claim.previous_holder === input.agent_id
        ? []
        : [
            {
              ticket_id: input.ticket_id,
              type: claim.previous_holder ? "claim_taken_over" : "claimed",
              actor_type: "agent" as const,
              actor_id: input.agent_id,
              data: { from: claim.previous_holder },
            },
          ]
    )
    createTicketEventsStep(history)
    return new WorkflowResponse(claim)
  }
)
