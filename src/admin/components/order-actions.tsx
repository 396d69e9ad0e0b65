import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTicketAction } from "../hooks/api/tickets"
import { AdminPanelOrder } from "../lib/types"
import { OrderRefundDrawer } from "./order-refund-drawer"
import { OrderReturnDrawer } from "./order-return-drawer"

/**
 * What an agent can do to the customer's order from the ticket. Each runs
 * Medusa's own workflow on the server (its rules, its refusals) and writes a
 * line in the ticket's history; the panel and the history then reload.
 */
export const OrderActions = ({ ticketId, order }: { ticketId: string; order: AdminPanelOrder }) => {
  const run = useTicketAction(ticketId)
  const prompt = usePrompt()
  const [open, setOpen] = useState<"refund" | "return" | null>(null)
  const name = `Order #${order.display_id}`
  const canceled = order.status === "canceled"

  const act = async (path: string, body: unknown, done: string) => {
    try {
      await run.mutateAsync({ path, body })
      toast.success(done)
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    }
  }
  const confirmed = (title: string, description: string, confirmText: string) =>
    prompt({ title, description, confirmText, cancelText: "Keep it" })

  const cancel = async () => {
    if (await confirmed(`Cancel ${name}?`, "Medusa cancels the order and refunds what was captured. The customer is not told by the helpdesk.", "Cancel order")) {
      await act(`orders/${order.id}/cancel`, {}, `${name} canceled`)
    }
  }
  const resend = async () => {
    if (await confirmed(`Resend the confirmation of ${name}?`, `It goes to the customer as when the order was placed.`, "Resend")) {
      await act(`orders/${order.id}/confirmation`, {}, `Confirmation of ${name} sent again`)
    }
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton size="small" variant="transparent" aria-label={`Actions for ${name}`}>
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="end">
          {!order.linked && (
            <DropdownMenu.Item onClick={() => act("", { order_id: order.id }, `Ticket linked to ${name}`)}>Link to this ticket</DropdownMenu.Item>
          )}
          <DropdownMenu.Item onClick={resend}>Resend confirmation</DropdownMenu.Item>
          <DropdownMenu.Item disabled={canceled} onClick={() => setOpen("refund")}>
            Refund…
          </DropdownMenu.Item>
          <DropdownMenu.Item disabled={canceled} onClick={() => setOpen("return")}>
            Return items…
          </DropdownMenu.Item>
          <DropdownMenu.Separator />
          <DropdownMenu.Item disabled={canceled} onClick={cancel} className="text-ui-fg-error">
            Cancel order
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
      <OrderRefundDrawer
        order={order}
        open={open === "refund"}
        onClose={() => setOpen(null)}
        submit={(body) => act(`orders/${order.id}/refunds`, body, `Refund on ${name} recorded`)}
      />
      <OrderReturnDrawer
        order={order}
        open={open === "return"}
        onClose={() => setOpen(null)}
        submit={(body) => act(`orders/${order.id}/returns`, body, `Return on ${name} received`)}
      />
    </>
  )
}
