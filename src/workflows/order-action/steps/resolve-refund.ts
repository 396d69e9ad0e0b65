import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveRefundStepId = "resolve-order-refund"

export interface ResolveRefundInput {
  order_id: string
  display_id: number
  payment_id?: string | null
  amount?: number | null
}

/**
 * Picks the payment to refund and how much: the one named (it must be this
 * order's, else 404), or the order's captured payment that still has money
 * to give back; without an amount, all that is left of it. Whether the amount
 * may be refunded is left to Medusa's refundPaymentWorkflow, so its rule and
 * its message are the ones the agent sees.
 */
export const resolveRefundStep = createStep(resolveRefundStepId, async (input: ResolveRefundInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.id",
      "payment_collections.payments.captures.raw_amount",
      "payment_collections.payments.refunds.raw_amount",
    ],
    filters: { id: input.order_id },
  })
  const payments = (order?.payment_collections ?? []).flatMap((c: any) => c?.payments ?? []).map((p: any) => {
    const sum = (rows: any[] | undefined) => (rows ?? []).reduce((acc, r) => MathBN.add(acc, r.raw_amount), MathBN.convert(0))
    return { id: p.id as string, left: MathBN.sub(sum(p.captures), sum(p.refunds)) }
  })
  const payment = input.payment_id
    ? payments.find((p) => p.id === input.payment_id)
    : payments.find((p) => MathBN.gt(p.left, 0))
  if (input.payment_id && !payment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payment ${input.payment_id} is not a payment of order #${input.display_id}.`)
  }
  if (!payment) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${input.display_id} has no captured payment left to refund.`)
  }
  return new StepResponse({ payment_id: payment.id, amount: input.amount ?? MathBN.convert(payment.left).toNumber() })
})
