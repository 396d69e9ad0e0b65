import { MedusaContainer } from "@medusajs/framework/types"
import { getOrdersListWorkflow } from "@medusajs/medusa/core-flows"

/**
 * What the side panel shows of an order. Medusa's own list workflow (the one
 * behind GET /admin/orders) adds what it needs to derive `payment_status` and
 * `fulfillment_status` (payment collections, fulfillments, `items.*`), in one
 * graph query for the whole page: no query per order.
 */
export const PANEL_ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "currency_code",
  "total",
  "status",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.unit_price",
  "items.thumbnail",
  "items.created_at",
]

async function runOrderList(container: MedusaContainer, filters: Record<string, unknown>, skip: number, take: number) {
  const { result } = await getOrdersListWorkflow(container).run({
    input: {
      fields: PANEL_ORDER_FIELDS,
      // id breaks ties of created_at, so offset pages neither repeat nor skip an order.
      variables: { filters, skip, take, order: { created_at: "DESC", id: "DESC" } },
    },
  })
  return Array.isArray(result) ? { rows: result, count: result.length } : { rows: result.rows, count: result.metadata.count }
}

/** Only what the panel shows: the list workflow returns every item column and the status inputs too. */
function toPanelOrder(order: any, linkedOrderId: string | null) {
  const items = [...(order.items ?? [])].sort(
    (a: any, b: any) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  return {
    id: order.id,
    display_id: order.display_id,
    created_at: order.created_at,
    currency_code: order.currency_code,
    total: order.total,
    status: order.status,
    payment_status: order.payment_status,
    fulfillment_status: order.fulfillment_status,
    items: items.map((i: any) => ({
      id: i.id,
      title: i.title,
      product_title: i.product_title ?? null,
      variant_title: i.variant_title ?? null,
      quantity: i.quantity,
      unit_price: i.unit_price,
      thumbnail: i.thumbnail ?? null,
    })),
    linked: order.id === linkedOrderId,
  }
}

/**
 * One page of the customer's orders, newest first (draft orders left out, as
 * in the admin's order list), and the ticket's own order marked `linked`. On
 * the first page the ticket's order is added at the end when the page does
 * not hold it (an older order, or one of another customer), so the panel can
 * always highlight it. Without a customer there is no page: the order table
 * has no index on email, so "guest orders with this email" would read every
 * order; Medusa gives guest checkouts a customer record anyway, which shows
 * up in `matching_customers` and can be linked.
 */
export async function loadOrdersPage(
  container: MedusaContainer,
  ticket: { customer_id: string | null; order_id: string | null },
  page: { orders_limit: number; orders_offset: number }
) {
  const { orders_limit: take, orders_offset: skip } = page
  const list = ticket.customer_id
    ? await runOrderList(container, { customer_id: ticket.customer_id, is_draft_order: false }, skip, take)
    : { rows: [], count: 0 }
  const orders = list.rows.map((o) => toPanelOrder(o, ticket.order_id))
  if (ticket.order_id && skip === 0 && !orders.some((o) => o.linked)) {
    const linked = await runOrderList(container, { id: ticket.order_id }, 0, 1)
    orders.push(...linked.rows.map((o) => toPanelOrder(o, ticket.order_id)))
  }
  return {
    orders,
    orders_count: list.count,
    orders_offset: skip,
    orders_limit: take,
    orders_next_offset: skip + list.rows.length < list.count ? skip + list.rows.length : null,
  }
}
