import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { ContactTickets } from "../components/contact-tickets"
import { TicketsWidget } from "../components/tickets-widget"
import { useHelpdeskT } from "../lib/i18n"

/**
 * On an order's page: the tickets about it, then others from the order's
 * email (a guest's mail about the order is often not linked yet), and New
 * ticket linked to the order (the server links its customer too).
 */
const OrderTicketsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const t = useHelpdeskT("widgets")
  const person = order.customer ?? order.shipping_address
  const name = [person?.first_name, person?.last_name].filter(Boolean).join(" ")
  return (
    <TicketsWidget
      testId="order-tickets-widget"
      filter={{ order_id: order.id }}
      empty={t("tickets.empty_order")}
      prefill={{
        order_id: order.id,
        order_display_id: order.display_id,
        contact_email: order.email ?? undefined,
        contact_name: name || undefined,
      }}
    >
      {order.email && <ContactTickets email={order.email} exceptOrderId={order.id} />}
    </TicketsWidget>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderTicketsWidget
