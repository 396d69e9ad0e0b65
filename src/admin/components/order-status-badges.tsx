import { StatusBadge } from "@medusajs/ui"
import { humanize } from "../lib/format"
import { useHelpdeskT } from "../lib/i18n"
import { AdminPanelOrder } from "../lib/types"

type Color = "green" | "orange" | "red" | "grey" | "blue"

const PAYMENT: Record<string, Color> = {
  captured: "green",
  authorized: "blue",
  partially_captured: "orange",
  partially_refunded: "orange",
  refunded: "grey",
  canceled: "red",
  requires_action: "red",
  not_paid: "red",
  awaiting: "orange",
}
const FULFILLMENT: Record<string, Color> = {
  fulfilled: "blue",
  shipped: "blue",
  delivered: "green",
  partially_fulfilled: "orange",
  partially_shipped: "orange",
  partially_delivered: "orange",
  not_fulfilled: "grey",
  canceled: "red",
}

/** An order's payment and fulfillment state as Medusa's own order list computes them. */
export const OrderStatusBadges = ({ order }: { order: AdminPanelOrder }) => {
  const t = useHelpdeskT("panel")
  // A state Medusa adds later still shows, in its own words.
  const label = (group: "payment" | "fulfillment", value: string) => t(`${group}.${value}`, { defaultValue: humanize(value) })
  return (
    <div className="flex flex-wrap gap-1">
      {order.status === "canceled" ? (
        <StatusBadge color="red">{t("orders.canceled")}</StatusBadge>
      ) : (
        <>
          <StatusBadge color={PAYMENT[order.payment_status] ?? "grey"}>{label("payment", order.payment_status)}</StatusBadge>
          <StatusBadge color={FULFILLMENT[order.fulfillment_status] ?? "grey"}>{label("fulfillment", order.fulfillment_status)}</StatusBadge>
        </>
      )}
    </div>
  )
}
