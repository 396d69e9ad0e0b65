import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createOrderFulfillmentWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

// Orders in the states a support agent meets, made only through Medusa's own
// workflows (a cart completed with the system payment provider, a capture, a
// fulfillment), so what the helpdesk does to them is what it would do in a
// real store. The demo seed and other suites can reuse these.

/** The store an order needs: region, sales channel, stock location with shipping, one product. */
export interface OrderStore {
  region_id: string
  sales_channel_id: string
  stock_location_id: string
  shipping_option_id: string
  variant_id: string
}

export interface OrderCustomer {
  id?: string | null
  email: string
}

const stores = new WeakMap<MedusaContainer, Promise<OrderStore>>()

/**
 * One store per app (a country may belong to one region only), made the first
 * time it is needed and again after the test runner emptied the database.
 */
export async function orderStore(container: MedusaContainer): Promise<OrderStore> {
  const known = await stores.get(container)?.catch(() => null)
  if (known) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "region", fields: ["id"], filters: { id: known.region_id } })
    if (data.length) return known
  }
  const made = createOrderStore(container)
  stores.set(container, made)
  return made
}

async function createOrderStore(container: MedusaContainer): Promise<OrderStore> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"], payment_providers: ["pp_system_default"] }] },
  })
  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Webshop" }] },
  })
  const { result: [location] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse", address: { address_1: "1 Main St", city: "Springfield", country_code: "us" } }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [channel.id] } })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const set = await fulfillment.createFulfillmentSets({
    name: "Warehouse shipping",
    type: "shipping",
    service_zones: [{ name: "US", geo_zones: [{ type: "country", country_code: "us" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
  })
  const { result: [profile] } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Parcels", type: "default" }] },
  })
  const { result: [option] } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: set.service_zones[0].id,
        shipping_profile_id: profile.id,
        type: { label: "Standard", description: "3-5 days", code: "standard" },
        prices: [{ currency_code: "usd", amount: 10 }, { region_id: region.id, amount: 10 }],
        rules: [],
      },
    ],
  })
  const { result: [product] } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Mug",
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Colour", values: ["Blue"] }],
          variants: [
            { title: "Blue", sku: "MUG-BLUE", options: { Colour: "Blue" }, manage_inventory: false, prices: [{ currency_code: "usd", amount: 25 }] },
          ],
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  return {
    region_id: region.id,
    sales_channel_id: channel.id,
    stock_location_id: location.id,
    shipping_option_id: option.id,
    variant_id: product.variants[0].id,
  }
}

/**
 * An order placed from a cart (2 mugs at 25 + 10 shipping = 60 USD), its
 * payment authorized by the system provider, not yet captured.
 */
export async function placedOrder(container: MedusaContainer, customer: OrderCustomer, quantity = 2): Promise<string> {
  const store = await orderStore(container)
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: store.region_id,
      sales_channel_id: store.sales_channel_id,
      currency_code: "usd",
      email: customer.email,
      customer_id: customer.id ?? undefined,
      shipping_address: { first_name: "Ann", last_name: "Buyer", address_1: "2 Elm St", city: "Springfield", country_code: "us", postal_code: "12345" },
      items: [{ variant_id: store.variant_id, quantity }],
    },
  })
  await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: store.shipping_option_id }] } })
  const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: (collection as any).id, provider_id: "pp_system_default" },
  })
  const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
  return result.id
}

/** A placed order whose payment is captured: the usual "paid, not shipped yet". */
export async function paidOrder(container: MedusaContainer, customer: OrderCustomer, quantity = 2): Promise<string> {
  const orderId = await placedOrder(container, customer, quantity)
  const [payment] = await orderPayments(container, orderId)
  await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
  return orderId
}

/** A paid order whose items all left the warehouse. */
export async function fulfilledOrder(container: MedusaContainer, customer: OrderCustomer, quantity = 2): Promise<string> {
  const orderId = await paidOrder(container, customer, quantity)
  const store = await orderStore(container)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orderId } })
  await createOrderFulfillmentWorkflow(container)
    .run({
      input: {
        order_id: orderId,
        location_id: store.stock_location_id,
        items: order.items!.map((item: any) => ({ id: item.id, quantity })),
      },
    })
    // Its errors carry the fulfillment with circular references, which jest cannot report.
    .catch((error) => {
      throw new Error(`fulfilledOrder: ${error?.message ?? error}`)
    })
  return orderId
}

/** The order's payments with what was captured and refunded. */
export async function orderPayments(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({
    entity: "order",
    fields: ["payment_collections.payments.id", "payment_collections.payments.captured_at", "payment_collections.payments.refunds.amount"],
    filters: { id: orderId },
  })
  return (order.payment_collections ?? []).flatMap((c: any) => c.payments ?? []) as {
    id: string
    captured_at: Date | null
    refunds: { amount: number }[]
  }[]
}
