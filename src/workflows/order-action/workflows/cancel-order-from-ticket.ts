import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { recordOrderAction, validateOrderActionStep } from "../steps"
import { OrderActionInput } from "../types"

export const cancelOrderFromTicketWorkflowId = "cancel-order-from-ticket"

/**
 * Cancels the customer's order with Medusa's own cancelOrderWorkflow (its
 * rules hold: a fulfilled order must have its fulfillments canceled first;
 * captured payments are refunded), then writes it to the ticket's history.
 */
export const cancelOrderFromTicketWorkflow = createWorkflow(
  cancelOrderFromTicketWorkflowId,
  (input: WorkflowData<OrderActionInput>) => {
    const order = validateOrderActionStep(input)
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ order_id: input.order_id, canceled_by: input.actor.id ?? undefined })),
    })
    const line = recordOrderAction("order_canceled", HelpdeskEvents.ORDER_CANCELED, input, order, transform({}, () => ({})))
    return new WorkflowResponse(line)
  }
)
