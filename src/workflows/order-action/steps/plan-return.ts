import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const planReturnStepId = "plan-order-return"

export interface ReturnItemInput {
  id: string
  quantity: number
  reason_id?: string | null
  note?: string | null
}

export interface PlanReturnInput {
  order_id: string
  display_id: number
  items: ReturnItemInput[]
  location_id?: string | null
  refund: boolean
  refund_amount?: number | null
}

/**
 * Works out what Medusa's return workflows need that an agent should not have
 * to know: where the items go back to (the location they were fulfilled
 * from, unless one is named) and, when the customer is to be refunded, how
 * much the returned items cost them (their share of each line's total, so
 * discounts and taxes count as they did at checkout).
 */
export const planReturnStep = createStep(planReturnStepId, async (input: PlanReturnInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["total", "items.*", "items.total", "fulfillments.location_id", "fulfillments.created_at"],
    filters: { id: input.order_id },
  })
  const lines = new Map<string, any>((order?.items ?? []).map((item: any) => [item.id, item]))
  const unknown = input.items.find((item) => !lines.has(item.id))
  if (unknown) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Item ${unknown.id} is not an item of order #${input.display_id}.`)
  }
  const fulfilled = [...(order?.fulfillments ?? [])].sort(
    (a: any, b: any) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
  )
  const location_id = input.location_id ?? (fulfilled[0] as any)?.location_id ?? null
  if (!location_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Order #${input.display_id} has not been fulfilled, so nothing can come back yet; name a location_id to return to anyway.`
    )
  }
  const worth = input.items.reduce((acc, item) => {
    const line = lines.get(item.id)
    return MathBN.add(acc, MathBN.mult(MathBN.div(line.total, line.quantity), item.quantity))
  }, MathBN.convert(0))
  return new StepResponse({
    location_id: location_id as string,
    refund_amount: input.refund ? input.refund_amount ?? Number(MathBN.convert(worth).toFixed(2)) : null,
    items: input.items.map((item) => ({ id: item.id, title: lines.get(item.id).title as string, quantity: item.quantity })),
  })
})
