import { Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, OrderDrawerProps } from "./action-drawer"

/** Take items back (received at once, where they were shipped from) and optionally refund them. */
export const OrderReturnDrawer = ({
  order,
  open,
  onClose,
  submit,
}: OrderDrawerProps<{ items: { id: string; quantity: number }[]; refund: boolean }>) => {
  const t = useHelpdeskT("panel")
  const [quantities, setQuantities] = useState<Record<string, number>>({})
  const [refund, setRefund] = useState(true)
  const items = order.items.map((i) => ({ id: i.id, quantity: quantities[i.id] ?? 0 })).filter((i) => i.quantity > 0)
  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("return.title", { display_id: order.display_id })}
      confirmText={t("return.submit")}
      disabled={!items.length}
      onConfirm={() => submit({ items, refund })}
    >
      {order.items.map((item) => (
        <div key={item.id} className="flex items-center justify-between gap-x-4">
          <Label htmlFor={`return-${item.id}`} className="flex flex-col">
            <span>{item.product_title ?? item.title}</span>
            <Text size="small" className="text-ui-fg-subtle">
              {[item.variant_title, t("return.ordered", { quantity: item.quantity })].filter(Boolean).join(" · ")}
            </Text>
          </Label>
          <Input
            id={`return-${item.id}`}
            className="w-20"
            type="number"
            min="0"
            max={item.quantity}
            value={quantities[item.id] ?? 0}
            onChange={(e) => setQuantities({ ...quantities, [item.id]: Math.min(item.quantity, Math.max(0, Math.floor(Number(e.target.value) || 0))) })}
          />
        </div>
      ))}
      <div className="flex items-center gap-x-2">
        <Checkbox id="return-refund" checked={refund} onCheckedChange={(v) => setRefund(v === true)} />
        <Label htmlFor="return-refund">{t("return.refund")}</Label>
      </div>
    </ActionDrawer>
  )
}
