import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { formatDate, formatMoney } from "../lib/format"
import { useHelpdeskT } from "../lib/i18n"
import { AdminPanelOrder, AdminTicketContext } from "../lib/types"
import { OrderActions } from "./order-actions"
import { OrderStatusBadges } from "./order-status-badges"

const OrderRow = ({ ticketId, order }: { ticketId: string; order: AdminPanelOrder }) => {
  const t = useHelpdeskT("panel")
  const [expanded, setExpanded] = useState(order.linked)
  return (
    <div data-testid="panel-order" data-linked={order.linked || undefined} className={`px-6 py-3 ${order.linked ? "bg-ui-bg-highlight" : ""}`}>
      <div className="flex items-start justify-between gap-x-2">
        <button type="button" className="flex items-start gap-x-1 text-left" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? <TriangleDownMini className="mt-0.5" /> : <TriangleRightMini className="mt-0.5" />}
          <div className="flex flex-col">
            <Text size="small" weight="plus">
              {t("orders.order", { display_id: order.display_id })}
              {order.linked && <span className="text-ui-fg-interactive"> · {t("orders.this_ticket")}</span>}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {formatDate(order.created_at)} · {formatMoney(order.original_total ?? order.total, order.currency_code)}
              {order.original_total !== null && order.original_total !== order.total &&
                ` (${t("orders.now", { total: formatMoney(order.total, order.currency_code) })})`}
            </Text>
          </div>
        </button>
        <OrderActions ticketId={ticketId} order={order} />
      </div>
      <div className="mt-2 pl-5">
        <OrderStatusBadges order={order} />
      </div>
      {expanded && (
        <ul className="mt-2 flex flex-col gap-y-1 pl-5">
          {order.items.map((item) => (
            <li key={item.id} className="flex justify-between gap-x-2">
              <Text size="small">
                {item.quantity} × {item.product_title ?? item.title}
                {item.variant_title ? <span className="text-ui-fg-subtle"> ({item.variant_title})</span> : null}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {formatMoney(item.unit_price * item.quantity, order.currency_code)}
              </Text>
            </li>
          ))}
          <li>
            <Link className="text-ui-fg-interactive txt-small" to={`/orders/${order.id}`}>
              {t("orders.open")}
            </Link>
          </li>
        </ul>
      )}
    </div>
  )
}

/** The customer's orders beside the ticket, newest first, the ticket's own highlighted and open. */
export const CustomerOrders = ({
  ticketId,
  context,
  onPage,
  loading,
}: {
  ticketId: string
  context: AdminTicketContext
  onPage: (offset: number) => void
  loading: boolean
}) => {
  const t = useHelpdeskT("panel")
  return (
    <Container className="divide-y p-0" data-testid="customer-orders">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("orders.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {context.orders_count}
        </Text>
      </div>
      {!context.orders.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {context.customer ? t("orders.none") : t("orders.guest")}
        </Text>
      )}
      {context.orders.map((order) => (
        <OrderRow key={order.id} ticketId={ticketId} order={order} />
      ))}
      {(context.orders_offset > 0 || context.orders_next_offset !== null) && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {t("orders.page", {
              from: context.orders_offset + 1,
              to: context.orders_offset + context.orders.length,
              count: context.orders_count,
            })}
          </Text>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" disabled={context.orders_offset === 0 || loading} onClick={() => onPage(Math.max(0, context.orders_offset - context.orders_limit))}>
              {t("orders.previous")}
            </Button>
            <Button size="small" variant="secondary" disabled={context.orders_next_offset === null || loading} onClick={() => onPage(context.orders_next_offset!)}>
              {t("orders.next")}
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}
