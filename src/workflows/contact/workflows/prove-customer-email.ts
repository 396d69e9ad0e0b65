import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventsStep, EventsToEmit } from "../../common/emit-events"
import { HelpdeskEvents } from "../../events"
import { addCustomerEmailStep } from "../steps/add-customer-email"
import { validateGuestLinkStep } from "../steps/validate-guest-link"

export const proveCustomerEmailWorkflowId = "prove-customer-email"

export interface ProveCustomerEmailWorkflowInput {
  customer_id: string
  /** A guest link token (REQUEST_LIST_URL): only someone who reads the address's mail has one. */
  token: string
}

/**
 * A signed-in customer shows they read an address's mail by presenting a
 * link sent to it; from then on the requests from that address show in
 * their "My requests" (SPEC §6 "Email ownership").
 */
export const proveCustomerEmailWorkflow = createWorkflow(
  proveCustomerEmailWorkflowId,
  (input: WorkflowData<ProveCustomerEmailWorkflowInput>) => {
    const link = validateGuestLinkStep(transform({ input }, ({ input }) => ({ token: input.token })))
    const added = addCustomerEmailStep(transform({ input, link }, ({ input, link }) => ({ customer_id: input.customer_id, email: link.email })))
    emitEventsStep(
      transform({ input, link, added }, ({ input, link, added }): EventsToEmit => ({
        [HelpdeskEvents.CUSTOMER_EMAIL_PROVEN]: added.created ? [{ customer_id: input.customer_id, email: link.email }] : [],
      }))
    )
    return new WorkflowResponse(transform({ link, added }, ({ link, added }) => ({ email: link.email, created: added.created })))
  }
)
