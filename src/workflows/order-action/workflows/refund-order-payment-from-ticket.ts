import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { recordOrderAction, resolveRefundStep, validateOrderActionStep } from "../steps"
import { OrderActionInput } from "../types"

export const refundOrderPaymentFromTicketWorkflowId = "refund-order-payment-from-ticket"

export type RefundOrderPaymentFromTicketInput = OrderActionInput & {
  payment_id?: string | null
  amount?: number | null
  note?: string | null
}

/** Refunds (part of) a captured payment of the order with Medusa's refundPaymentWorkflow. */
export const refundOrderPaymentFromTicketWorkflow = createWorkflow(
  refundOrderPaymentFromTicketWorkflowId,
  (input: WorkflowData<RefundOrderPaymentFromTicketInput>) => {
    const order = validateOrderActionStep(input)
    const refund = resolveRefundStep(
      transform({ input, order }, ({ input, order }) => ({
        order_id: order.id,
        display_id: order.display_id,
        payment_id: input.payment_id,
        amount: input.amount,
      }))
    )
    refundPaymentWorkflow.runAsStep({
      input: transform({ input, refund }, ({ input, refund }) => ({
        payment_id: refund.payment_id,
        amount: refund.amount,
        created_by: input.actor.id ?? undefined,
        note: input.note ?? undefined,
      })),
    })
    const details = transform({ input, refund }, ({ input, refund }) => ({
      payment_id: refund.payment_id,
      amount: refund.amount,
      note: input.note ?? null,
    }))
    const line = recordOrderAction("order_refunded", HelpdeskEvents.ORDER_REFUNDED, input, order, details)
    return new WorkflowResponse(line)
  }
)
