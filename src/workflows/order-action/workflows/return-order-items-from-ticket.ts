import {
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { planReturnStep, recordOrderAction, resolveRefundStep, ReturnItemInput, validateOrderActionStep } from "../steps"
import { OrderActionInput } from "../types"

export const returnOrderItemsFromTicketWorkflowId = "return-order-items-from-ticket"

export type ReturnOrderItemsFromTicketInput = OrderActionInput & {
  items: ReturnItemInput[]
  location_id?: string | null
  /** Refund the returned items to the order's captured payment; `refund_amount` overrides what they cost. */
  refund?: boolean
  refund_amount?: number | null
  note?: string | null
}

/**
 * "The items came back": the return the admin dashboard makes in two visits
 * (request, then receive) done at once with the same Medusa workflows, so
 * Medusa's rules hold and received stock is put back at the location; then,
 * if asked, the returned items are refunded.
 */
export const returnOrderItemsFromTicketWorkflow = createWorkflow(
  returnOrderItemsFromTicketWorkflowId,
  (input: WorkflowData<ReturnOrderItemsFromTicketInput>) => {
    const order = validateOrderActionStep(input)
    const plan = planReturnStep(
      transform({ input, order }, ({ input, order }) => ({
        order_id: order.id,
        display_id: order.display_id,
        items: input.items,
        location_id: input.location_id,
        refund: !!input.refund,
        refund_amount: input.refund_amount,
      }))
    )
    const actor = transform({ input }, ({ input }) => input.actor.id ?? undefined)
    const change = beginReturnOrderWorkflow.runAsStep({
      input: transform({ input, plan, actor }, ({ input, plan, actor }) => ({
        order_id: input.order_id,
        location_id: plan.location_id,
        created_by: actor,
        internal_note: input.note ?? undefined,
      })),
    })
    const return_id = transform({ change }, ({ change }) => change.return_id as string)
    requestItemReturnWorkflow.runAsStep({
      input: transform({ input, return_id }, ({ input, return_id }) => ({
        return_id,
        items: input.items.map((item) => ({
          id: item.id,
          quantity: item.quantity,
          reason_id: item.reason_id ?? undefined,
          internal_note: item.note ?? undefined,
        })),
      })),
    })
    confirmReturnRequestWorkflow.runAsStep({ input: transform({ return_id, actor }, (d) => ({ return_id: d.return_id, confirmed_by: d.actor })) })
    beginReceiveReturnWorkflow.runAsStep({ input: transform({ return_id, actor }, (d) => ({ return_id: d.return_id, created_by: d.actor })) })
    receiveItemReturnRequestWorkflow.runAsStep({
      input: transform({ input, return_id }, ({ input, return_id }) => ({
        return_id,
        items: input.items.map((item) => ({ id: item.id, quantity: item.quantity })),
      })),
    })
    confirmReturnReceiveWorkflow.runAsStep({ input: transform({ return_id, actor }, (d) => ({ return_id: d.return_id, confirmed_by: d.actor })) })

    const refund = when("refund-returned-items", { plan }, ({ plan }) => plan.refund_amount !== null).then(() => {
      const target = resolveRefundStep(
        transform({ order, plan }, ({ order, plan }) => ({ order_id: order.id, display_id: order.display_id, amount: plan.refund_amount }))
      )
      refundPaymentWorkflow.runAsStep({
        input: transform({ target, actor }, ({ target, actor }) => ({ payment_id: target.payment_id, amount: target.amount, created_by: actor })),
      })
      return target
    })
    const details = transform({ plan, return_id, refund, input }, ({ plan, return_id, refund, input }) => ({
      return_id,
      location_id: plan.location_id,
      items: plan.items,
      refund: refund ? { payment_id: refund.payment_id, amount: refund.amount } : null,
      note: input.note ?? null,
    }))
    const line = recordOrderAction("order_return_received", HelpdeskEvents.ORDER_RETURN_RECEIVED, input, order, details)
    return new WorkflowResponse(line)
  }
)
