import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { recordOrderAction, sendOrderConfirmationStep, validateOrderActionStep } from "../steps"
import { OrderActionInput } from "../types"

export const resendOrderConfirmationWorkflowId = "resend-order-confirmation"

/** Sends the customer their order confirmation again (see sendOrderConfirmationStep for how). */
export const resendOrderConfirmationWorkflow = createWorkflow(
  resendOrderConfirmationWorkflowId,
  (input: WorkflowData<OrderActionInput>) => {
    const order = validateOrderActionStep(input)
    const sent = sendOrderConfirmationStep(transform({ order }, ({ order }) => ({ order_id: order.id })))
    const line = recordOrderAction("order_confirmation_resent", HelpdeskEvents.ORDER_CONFIRMATION_RESENT, input, order, sent)
    return new WorkflowResponse(line)
  }
)
