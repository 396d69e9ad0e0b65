import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createTicketEventsStep, releaseTicketClaimStep } from "../steps"

export const releaseTicketClaimWorkflowId = "release-ticket-claim"

export const releaseTicketClaimWorkflow = createWorkflow(
  releaseTicketClaimWorkflowId,
  (input: WorkflowData<{ ticket_id: string; agent_id: string }>) => {
    const released = releaseTicketClaimStep(input)
    const history = transform({ released, input }, ({ released, input }) =>
      released
        ? [
            {
              ticket_id: input.ticket_id,
              type: "claim_released",
              actor_type: "agent" as const,
              actor_id: input.agent_id,
              data: null,
            },
          ]
        : []
    )
    createTicketEventsStep(history)
    return new WorkflowResponse(released)
  }
)
