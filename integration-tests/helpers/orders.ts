import { MedusaContainer } from "@medusajs/framework/types"
import {
  cancelOrderWorkflow,
  createCustomersWorkflow,
  createOrderPaymentCollectionWorkflow,
  createOrderWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  markPaymentCollectionAsPaid,
} from "@medusajs/medusa/core-flows"

/**
 * Real store data for tests that show or act on orders, made through Medusa's
 * own core workflows: a region, a sales channel and a product with two
 * variants that need no stock location (`manage_inventory: false`).
 */
export interface TestShop {
  region_id: string
  sales_channel_id: string
  /** The product's variants: M (10 EUR) and L (12 EUR). */
  variants: { id: string; title: string; price: number }[]
  product_title: string
}

let shops = 0

export async function createShop(container: MedusaContainer): Promise<TestShop> {
  const n = ++shops
  const {
    result: [channel],
  } = await createSalesChannelsWorkflow(container).run({ input: { salesChannelsData: [{ name: `Test channel ${n}` }] } })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: `Test region ${n}`, currency_code: "eur", payment_providers: ["pp_system_default"] }] },
  })
  const prices = { M: 10, L: 12 }
  const product_title = `Kettle ${n}`
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: product_title,
          handle: `kettle-${n}-${Date.now()}`,
          status: "published",
          options: [{ title: "Size", values: ["M", "L"] }],
          variants: (["M", "L"] as const).map((size) => ({
            title: size,
            options: { Size: size },
            manage_inventory: false,
            prices: [{ amount: prices[size], currency_code: "eur" }],
          })),
          sales_channels: [{ id: channel.id }],
        },
      ],
    },
  })
  return {
    region_id: region.id,
    sales_channel_id: channel.id,
    product_title,
    variants: product.variants.map((v) => ({ id: v.id, title: v.title!, price: prices[v.title as "M" | "L"] })),
  }
}

export async function createTestCustomer(container: MedusaContainer, email: string, name = "Jane Doe", has_account = true) {
  const [first_name, last_name] = name.split(" ")
  const {
    result: [customer],
  } = await createCustomersWorkflow(container).run({ input: { customersData: [{ email, first_name, last_name, has_account }] } })
  return customer
}

export interface OrderInput {
  customer_id?: string | null
  email: string
  /** Variant index in the shop and quantity; one M by default. */
  items?: { variant: number; quantity: number }[]
}

/** An order as if placed in the shop: not paid, not fulfilled. */
export async function createTestOrder(container: MedusaContainer, shop: TestShop, input: OrderInput) {
  const address = { first_name: "Jane", last_name: "Doe", address_1: "1 Example Street", city: "Berlin", postal_code: "10115", country_code: "de" }
  const { result } = await createOrderWorkflow(container).run({
    input: {
      region_id: shop.region_id,
      sales_channel_id: shop.sales_channel_id,
      customer_id: input.customer_id ?? undefined,
      email: input.email,
      currency_code: "eur",
      shipping_address: address,
      billing_address: address,
      items: (input.items ?? [{ variant: 0, quantity: 1 }]).map((i) => ({ variant_id: shop.variants[i.variant].id, quantity: i.quantity })),
    },
  })
  return result
}

/** Paid in full and captured, through the system payment provider (Medusa's "mark as paid"). */
export async function payTestOrder(container: MedusaContainer, order: { id: string; total: unknown }) {
  const {
    result: [collection],
  } = await createOrderPaymentCollectionWorkflow(container).run({ input: { order_id: order.id, amount: Number(order.total) } })
  await markPaymentCollectionAsPaid(container).run({ input: { payment_collection_id: collection.id, order_id: order.id } })
}

export async function cancelTestOrder(container: MedusaContainer, orderId: string) {
  await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
}
