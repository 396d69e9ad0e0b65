import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useTicketAction } from "../hooks/api/tickets"
import { useHelpdeskT } from "../lib/i18n"
import { AdminPanelOrder } from "../lib/types"
import { OrderRefundDrawer } from "./order-refund-drawer"
import { OrderReturnDrawer } from "./order-return-drawer"

/**
 * What an agent can do to the customer's order from the ticket. Each runs
 * Medusa's own workflow on the server (its rules, its refusals) and writes a
 * line in the ticket's history; the panel and the history then reload.
 * Linking the ticket to the order is offered where it is not its order yet.
 */
export const OrderActions = ({ ticketId, order }: { ticketId: string; order: AdminPanelOrder }) => {
  const t = useHelpdeskT("panel")
  const run = useTicketAction(ticketId)
  const prompt = usePrompt()
  const [open, setOpen] = useState<"refund" | "return" | null>(null)
  const vars = { display_id: order.display_id }
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
  const confirmed = (key: "cancel" | "resend", confirmText: string) =>
    prompt({
      title: t(`actions.${key}_title`, vars),
      description: t(`actions.${key}_description`),
      confirmText,
      cancelText: t("actions.keep"),
    })

  const cancel = async () => {
    if (await confirmed("cancel", t("actions.cancel"))) {
      await act(`orders/${order.id}/cancel`, {}, t("actions.canceled", vars))
    }
  }
  const resend = async () => {
    if (await confirmed("resend", t("actions.resend_confirm"))) {
      await act(`orders/${order.id}/confirmation`, {}, t("actions.resent", vars))
    }
  }

  return (
    <>
      <DropdownMenu>
        <DropdownMenu.Trigger asChild>
          <IconButton size="small" variant="transparent" aria-label={t("actions.menu", vars)}>
            <EllipsisHorizontal />
          </IconButton>
        </DropdownMenu.Trigger>
        <DropdownMenu.Content align="end">
          {!order.linked && (
            <>
              <DropdownMenu.Item onClick={() => act("", { order_id: order.id }, t("actions.linked", vars))}>
                {t("actions.link")}
              </DropdownMenu.Item>
              <DropdownMenu.Separator />
            </>
          )}
          <DropdownMenu.Item onClick={resend}>{t("actions.resend")}</DropdownMenu.Item>
          <DropdownMenu.Item disabled={canceled} onClick={() => setOpen("refund")}>
            {t("actions.refund")}
          </DropdownMenu.Item>
          <DropdownMenu.Item disabled={canceled} onClick={() => setOpen("return")}>
            {t("actions.return")}
          </DropdownMenu.Item>
          <DropdownMenu.Separator />
          <DropdownMenu.Item disabled={canceled} onClick={cancel} className="text-ui-fg-error">
            {t("actions.cancel")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu>
      <OrderRefundDrawer
        order={order}
        open={open === "refund"}
        onClose={() => setOpen(null)}
        submit={(body) => act(`orders/${order.id}/refunds`, body, t("actions.refunded", vars))}
      />
      <OrderReturnDrawer
        order={order}
        open={open === "return"}
        onClose={() => setOpen(null)}
        submit={(body) => act(`orders/${order.id}/returns`, body, t("actions.returned", vars))}
      />
    </>
  )
}
