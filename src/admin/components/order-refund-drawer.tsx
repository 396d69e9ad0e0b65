import { Input, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { formatMoney } from "../lib/format"
import { ActionDrawer, OrderDrawerProps } from "./action-drawer"

/** Refund the order's captured payment: all that is left of it, or the amount typed. */
export const OrderRefundDrawer = ({
  order,
  open,
  onClose,
  submit,
}: OrderDrawerProps<{ amount?: number; note?: string }>) => {
  const [amount, setAmount] = useState("")
  const [note, setNote] = useState("")
  const value = amount.trim() === "" ? undefined : Number(amount)
  const invalid = value !== undefined && !(value > 0)
  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={`Refund order #${order.display_id}`}
      confirmText="Refund"
      disabled={invalid}
      onConfirm={() => submit({ amount: value, note: note.trim() || undefined })}
    >
      <Text size="small" className="text-ui-fg-subtle">
        Order total {formatMoney(order.total, order.currency_code)}. Medusa refuses more than was captured.
      </Text>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="refund-amount">Amount ({order.currency_code.toUpperCase()})</Label>
        <Input id="refund-amount" type="number" min="0" step="any" placeholder="Everything captured" value={amount} onChange={(e) => setAmount(e.target.value)} />
        {invalid && <Text size="small" className="text-ui-fg-error">Enter an amount above zero, or leave it empty.</Text>}
      </div>
      <div className="flex flex-col gap-y-2">
        <Label htmlFor="refund-note">Note</Label>
        <Textarea id="refund-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
    </ActionDrawer>
  )
}
