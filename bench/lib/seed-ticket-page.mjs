// The data of one busy ticket page, made once over the admin API as a shop
// would (Medusa's own routes and workflows): a customer with N orders of a few
// items each (draft orders converted to orders), and a ticket of theirs with
// a conversation, notes and other tickets. Found again by the customer's email.

const EMAIL = "ticket-page-bench@example.com"

function client(base, token) {
  return async (route, body) => {
    const res = await fetch(`${base}${route}`, {
      method: body ? "POST" : "GET",
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(120_000),
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${route}: ${res.status} ${text.slice(0, 300)}`)
    return JSON.parse(text)
  }
}

async function ensureCustomer(api) {
  const { customers } = await api(`/admin/customers?email=${encodeURIComponent(EMAIL)}`)
  if (customers[0]) return customers[0]
  return (await api("/admin/customers", { email: EMAIL, first_name: "Busy", last_name: "Buyer" })).customer
}

async function ensureRegion(api) {
  const { regions } = await api("/admin/regions?q=Bench%20region")
  if (regions[0]) return regions[0]
  return (await api("/admin/regions", { name: "Bench region", currency_code: "eur" })).region
}

async function ensureOrders(api, customer, region, count, say) {
  const { count: existing } = await api(`/admin/orders?customer_id=${customer.id}&limit=1&fields=id`)
  for (let i = existing; i < count; i++) {
    if (i % 25 === 0) say(`orders ${i}/${count}…`)
    const { draft_order } = await api("/admin/draft-orders", {
      email: EMAIL,
      customer_id: customer.id,
      region_id: region.id,
      items: [1, 2, 3].slice(0, 1 + (i % 3)).map((k) => ({ title: `Bench item ${k}`, unit_price: 10 + k, quantity: k })),
    })
    await api(`/admin/draft-orders/${draft_order.id}/convert-to-order`, {})
  }
  const { orders } = await api(`/admin/orders?customer_id=${customer.id}&limit=1&fields=id,customer_id&order=-created_at`)
  return orders[0]
}

async function ensureTicket(api, customer, order) {
  const { tickets } = await api(`/admin/helpdesk/tickets?customer_id=${customer.id}&limit=20`)
  const found = tickets.find((t) => t.subject === "Bench: where is my order?")
  if (found) return found
  // Other tickets of the customer, shown in the panel.
  for (let i = 0; i < 5; i++) {
    await api("/admin/helpdesk/tickets", { customer_id: customer.id, subject: `Bench: older question ${i}`, message: { body_text: "An older question." } })
  }
  const { ticket } = await api("/admin/helpdesk/tickets", {
    customer_id: customer.id,
    order_id: order.id,
    subject: "Bench: where is my order?",
    message: { body_text: "Hello, my parcel has not arrived. ".repeat(20) },
  })
  for (let i = 0; i < 8; i++) {
    await api(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: `Checked with the courier, step ${i}. `.repeat(10) })
  }
  await api(`/admin/helpdesk/customers/${customer.id}/notes`, { body: "Prefers mail over phone." })
  return ticket
}

export async function seedTicketPage({ base, token, orders, say }) {
  const api = client(base, token)
  const customer = await ensureCustomer(api)
  const region = await ensureRegion(api)
  const order = await ensureOrders(api, customer, region, orders, say)
  const ticket = await ensureTicket(api, customer, order)
  return { customer, order, ticket }
}
