import { Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { TicketDialogProps, useUpdateTicket } from "../hooks/api/ticket-dialogs"
import { useTicketContext } from "../hooks/api/tickets"
import { formatDate, formatMoney } from "../lib/format"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, failed } from "./action-drawer"
import { DrawerField } from "./drawer-field"

const NONE = "__none__"

/**
 * Link the ticket to one of the customer's orders (their 200 newest), or to
 * none (SPEC §5).
 */
export const TicketOrderDialog = ({ ticket, open, onClose }: TicketDialogProps) => {
  const t = useHelpdeskT("dialogs")
  const update = useUpdateTicket(ticket.id)
  // The panel pages orders; the choice offers as many as the context gives at once.
  const { data, isLoading, isError, error } = useTicketContext(ticket.id, { orders_limit: 200 })
  const [orderId, setOrderId] = useState(ticket.order_id ?? NONE)
  const orders = data?.orders ?? []
  // A linked order of another customer (or beyond the first page) stays selectable.
  const unknownLinked = ticket.order_id && !orders.some((o) => o.id === ticket.order_id)

  const submit = async () => {
    try {
      await update.mutateAsync({ order_id: orderId === NONE ? null : orderId })
      toast.success(t("order.done"))
      return true
    } catch (err) {
      return failed(err)
    }
  }

  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("order.title", { number: ticket.number })}
      confirmText={t("order.submit")}
      disabled={orderId === (ticket.order_id ?? NONE) || isLoading}
      onConfirm={submit}
    >
      {isError && (
        <Text size="small" className="text-ui-fg-error">
          {t("failed", { message: (error as Error).message })}
        </Text>
      )}
      <DrawerField
        id="ticket-order"
        label={t("order.label")}
        hint={!isLoading && !orders.length ? t(data?.customer ? "order.no_orders" : "order.guest") : undefined}
      >
        <Select value={orderId} onValueChange={setOrderId}>
          <Select.Trigger id="ticket-order">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>{t("order.none")}</Select.Item>
            {unknownLinked && <Select.Item value={ticket.order_id!}>{ticket.order_id}</Select.Item>}
            {orders.map((o) => (
              <Select.Item key={o.id} value={o.id}>
                {t("order.choice", { display_id: o.display_id, date: formatDate(o.created_at), total: formatMoney(o.total, o.currency_code) })}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </DrawerField>
    </ActionDrawer>
  )
}
