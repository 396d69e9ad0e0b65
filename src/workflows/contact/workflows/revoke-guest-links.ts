import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { revokeGuestLinksStep } from "../steps/revoke-guest-links"

export const revokeGuestLinksWorkflowId = "revoke-guest-links"

export interface RevokeGuestLinksWorkflowInput {
  email: string
}

/**
 * Revokes every REQUEST_LIST_URL sent to an address (e.g. a customer says a
 * mail was forwarded to someone else); the next mail carries a fresh link.
 */
export const revokeGuestLinksWorkflow = createWorkflow(
  revokeGuestLinksWorkflowId,
  (input: WorkflowData<RevokeGuestLinksWorkflowInput>) => {
    const contact = revokeGuestLinksStep(input)
    return new WorkflowResponse(contact)
  }
)
