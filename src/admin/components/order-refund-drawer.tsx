import { Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { formatMoney } from "../lib/format"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, OrderDrawerProps } from "./action-drawer"

/** Refund the order's captured payment: all that is left of it, or the amount typed. */
export const OrderRefundDrawer = ({
  order,
  open,
  onClose,
  submit,
}: OrderDrawerProps<{ amount?: number; note?: string }>) => {
  const t = useHelpdeskT("panel")
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const value = amount.trim() === "" ? undefined : Number(amount)
  const invalid = value !== undefined && !(value > 0)
  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("refund.title", { display_id: order.display_id })}
      confirmText={t("refund.submit")}
      disabled={invalid}
      onConfirm={() => submit({ amount: value, note: note.trim() || undefined })}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {t("refund.intro", { total: formatMoney(order.total, order.currency_code) })}
      </Text>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="refund-amount">{t("refund.amount", { currency: order.currency_code.toUpperCase() })}</Label>
        <Input id="refund-amount" type="number" min="0" step="any" placeholder={t("refund.everything")} value={amount} onChange={(e) => setAmount(e.target.value)} />
        {invalid && <Text size="small" className="text-ui-fg-error">{t("refund.invalid")}</Text>}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="refund-note">{t("refund.note")}</Label>
        <Textarea id="refund-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
    </ActionDrawer>
  )
}
