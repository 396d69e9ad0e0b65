import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  beginReceiveReturnWorkflow,
  beginReturnOrderWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  confirmReturnReceiveWorkflow,
  confirmReturnRequestWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  receiveItemReturnRequestWorkflow,
  refundPaymentWorkflow,
  requestItemReturnWorkflow,
} from "@medusajs/medusa/core-flows"

// The demo's orders are made the way a shop makes them — a cart paid with
// the system payment provider, captured, shipped, returned or cancelled by
// Medusa's own workflows — so the panel beside a ticket and every order
// action can be tried on real states.

export interface DemoShipping {
  location_id: string
  shipping_option_id: string
  shipping_profile_id: string
}

/** A warehouse that ships to the demo region's countries, with one flat-rate option. */
export async function setUpShipping(
  container: MedusaContainer,
  { region_id, sales_channel_id, countries }: { region_id: string; sales_channel_id: string; countries: string[] }
): Promise<DemoShipping> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Berlin warehouse", address: { address_1: "Lagerstraße 1", city: "Berlin", country_code: "de" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [sales_channel_id] } })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const set = await fulfillment.createFulfillmentSets({
    name: "Berlin shipping",
    type: "shipping",
    service_zones: [{ name: "Europe", geo_zones: countries.map((country_code) => ({ type: "country" as const, country_code })) }],
  })
  await link.create({ [Modules.STOCK_LOCATION]: { stock_location_id: location.id }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Parcels", type: "default" }] } })
  const { result: [option] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard shipping",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "2-4 days", code: "standard" },
        prices: [{ currency_code: "eur", amount: 5 }, { region_id, amount: 5 }],
        rules: [],
      },
    ],
  })
  return { location_id: location.id, shipping_option_id: option.id, shipping_profile_id: profile.id }
}

export interface DemoOrderInput {
  region_id: string
  sales_channel_id: string
  shipping: DemoShipping
  customer: { id: string; email: string; first_name?: string | null; last_name?: string | null }
  address: Record<string, string>
  items: { variant_id: string; quantity: number }[]
}

export type DemoOrderState = "paid" | "fulfilled" | "returned" | "canceled"

/** An order placed from a cart and brought to `state` through Medusa's workflows; returns its id. */
export async function demoOrder(container: MedusaContainer, input: DemoOrderInput, state: DemoOrderState): Promise<string> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: input.region_id,
      sales_channel_id: input.sales_channel_id,
      currency_code: "eur",
      email: input.customer.email,
      customer_id: input.customer.id,
      shipping_address: input.address,
      billing_address: input.address,
      items: input.items,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: input.shipping.shipping_option_id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: (collection as { id: string }).id, provider_id: "pp_system_default" } })
  const { result: order } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  if (state === "canceled") {
    // Cancelled before it was paid for: the authorization is released.
    await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
    return order.id
  }
  const payment = await capturedPayment(container, order.id)
  if (state === "paid") return order.id

  const items = await orderItems(container, order.id)
  await createOrderFulfillmentWorkflow(container).run({
    input: { order_id: order.id, location_id: input.shipping.location_id, items: items.map((i) => ({ id: i.id, quantity: i.quantity })) },
  })
  if (state === "fulfilled") return order.id

  // The first item came back and was refunded: requested, then received, as the admin dashboard does it.
  const [first] = items
  const back = [{ id: first.id, quantity: first.quantity }]
  const { result: change } = await beginReturnOrderWorkflow(container).run({ input: { order_id: order.id, location_id: input.shipping.location_id } })
  const return_id = (change as { return_id: string }).return_id
  await requestItemReturnWorkflow(container).run({ input: { return_id, items: back } })
  await confirmReturnRequestWorkflow(container).run({ input: { return_id } })
  await beginReceiveReturnWorkflow(container).run({ input: { return_id } })
  await receiveItemReturnRequestWorkflow(container).run({ input: { return_id, items: back } })
  await confirmReturnReceiveWorkflow(container).run({ input: { return_id } })
  await refundPaymentWorkflow(container).run({ input: { payment_id: payment, amount: first.unit_price * first.quantity } })
  return order.id
}

async function capturedPayment(container: MedusaContainer, orderId: string): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: orderId } })
  const paymentId = order.payment_collections![0]!.payments![0]!.id
  await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
  return paymentId
}

async function orderItems(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["items.*"], filters: { id: orderId } })
  return order.items!.map((i) => ({ id: i!.id, quantity: Number(i!.quantity), unit_price: Number(i!.unit_price) }))
}
