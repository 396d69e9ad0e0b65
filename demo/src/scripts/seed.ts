import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomersWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createTicketsWorkflow } from "medusa-helpdesk/workflows"
import { demoOrder, DemoOrderState, setUpShipping } from "./demo-orders"

const REGION_NAME = "Europe (demo)"
const COUNTRIES = ["de", "fr", "nl", "es"]

const addressOf = (first_name: string, last_name: string, city: string, country_code: string) => ({
  first_name,
  last_name,
  address_1: "1 Example Street",
  city,
  postal_code: "10115",
  country_code,
})

/**
 * Seeds a small store once: a region with shipping, products, three customers
 * with two orders each in the states support meets (paid, shipped, returned
 * and refunded, cancelled), and tickets.
 */
export default async function seedDemo({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const regions = container.resolve(Modules.REGION)
  if ((await regions.listRegions({ name: REGION_NAME })).length) {
    logger.info("Demo data is already there; not seeding again.")
    return
  }

  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  let [channel] = await salesChannels.listSalesChannels({ name: "Default Sales Channel" })
  if (!channel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: "Default Sales Channel" }] },
    })
    channel = result[0]
  }

  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: REGION_NAME,
          currency_code: "eur",
          countries: COUNTRIES,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })

  const shipping = await setUpShipping(container, { region_id: region.id, sales_channel_id: channel.id, countries: COUNTRIES })

  const product = (title: string, handle: string, amount: number) => ({
    title,
    handle,
    status: "published" as const,
    shipping_profile_id: shipping.shipping_profile_id,
    options: [{ title: "Size", values: ["M", "L"] }],
    variants: ["M", "L"].map((size) => ({
      title: size,
      sku: `${handle}-${size}`.toUpperCase(),
      options: { Size: size },
      manage_inventory: false,
      prices: [{ amount, currency_code: "eur" }],
    })),
    sales_channels: [{ id: channel.id }],
  })
  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: [
        product("Linen Shirt", "linen-shirt", 59),
        product("Wool Sweater", "wool-sweater", 89),
        product("Canvas Sneakers", "canvas-sneakers", 75),
      ],
    },
  })

  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: [
        { email: "anna.schmidt@example.com", first_name: "Anna", last_name: "Schmidt", has_account: true },
        { email: "luc.martin@example.com", first_name: "Luc", last_name: "Martin", has_account: true },
        { email: "olga.ivanova@example.com", first_name: "Olga", last_name: "Ivanova", has_account: true },
      ],
    },
  })

  // Each customer's first order is the one their ticket is about; the second shows another state beside it.
  const states: [DemoOrderState, DemoOrderState][] = [
    ["paid", "fulfilled"],
    ["fulfilled", "returned"],
    ["paid", "canceled"],
  ]
  const orders: { id: string }[] = []
  for (const [i, customer] of customers.entries()) {
    const address = addressOf(customer.first_name!, customer.last_name!, ["Berlin", "Lyon", "Utrecht"][i], ["de", "fr", "nl"][i])
    const order = (items: { variant_id: string; quantity: number }[], state: DemoOrderState) =>
      demoOrder(container, { region_id: region.id, sales_channel_id: channel.id, shipping, customer, address, items }, state)
    // The older order first, so the ticket's order is the customer's newest.
    await order([{ variant_id: products[(i + 2) % 3].variants[0].id, quantity: 1 }], states[i][1])
    orders.push({
      id: await order(
        [
          { variant_id: products[i].variants[0].id, quantity: 1 },
          { variant_id: products[(i + 1) % 3].variants[1].id, quantity: 2 },
        ],
        states[i][0]
      ),
    })
  }

  const [anna, luc, olga] = customers
  await createTicketsWorkflow(container).run({
    input: {
      actor: { type: "system" },
      tickets: [
        {
          subject: "Where is my order?",
          channel: "email",
          customer_id: anna.id,
          contact_email: anna.email,
          contact_name: "Anna Schmidt",
          order_id: orders[0].id,
          message: { body_text: "Hello, I ordered a linen shirt last week and have no tracking number yet. Could you check?" },
        },
        {
          subject: "Exchange the sweater for size L",
          channel: "form",
          customer_id: luc.id,
          contact_email: luc.email,
          contact_name: "Luc Martin",
          order_id: orders[1].id,
          language: "en",
          custom_fields: { reason: "Too small" },
          message: { body_text: "The sweater is lovely but too small. Can I exchange it for an L?" },
        },
        {
          subject: "Не пришёл чек по заказу",
          channel: "cabinet",
          customer_id: olga.id,
          contact_email: olga.email,
          contact_name: "Olga Ivanova",
          order_id: orders[2].id,
          language: "ru",
          message: { body_text: "Здравствуйте! Пришлите, пожалуйста, чек по моему заказу." },
        },
        {
          subject: "Do you ship to Switzerland?",
          channel: "email",
          contact_email: "peter.keller@example.ch",
          contact_name: "Peter Keller",
          message: { body_text: "Hi, before I order: do you ship to Switzerland, and what does it cost?" },
        },
        {
          subject: "Phone call: wholesale enquiry",
          channel: "admin",
          contact_email: "buyer@boutique.example",
          contact_name: "Boutique Buyer",
          message: { body_text: "Called about wholesale prices for 50+ shirts. Wants a price list by Friday." },
        },
      ],
    },
  })
  logger.info("Seeded a region with shipping, 3 products, 3 customers with 6 orders (paid, shipped, returned, cancelled), and 5 tickets.")
}
