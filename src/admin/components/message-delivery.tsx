import { Button, StatusBadge, Text, toast } from "@medusajs/ui"
import { HistoryMessage } from "../hooks/api/history"
import { useTicketAction } from "../hooks/api/tickets"
import { useHelpdeskT } from "../lib/i18n"

const COLOR: Record<string, "green" | "orange" | "blue" | "red"> = {
  pending: "orange",
  sending: "blue",
  sent: "green",
  failed: "red",
}

/**
 * How an agent's mail went out: waiting, sending, taken by the server or
 * failed with its answer and a Resend. A reply that had no mailbox to go
 * from says so (the customer sees it only in the cabinet).
 */
export const MessageDelivery = ({ ticketId, message }: { ticketId: string; message: HistoryMessage }) => {
  const t = useHelpdeskT("ticket")
  const resend = useTicketAction(ticketId)
  if (!message.delivery_status && !message.delivery_error) return null
  const status = message.delivery_status && COLOR[message.delivery_status] ? message.delivery_status : null
  const onResend = () =>
    resend.mutate(
      { path: `messages/${message.id}/resend` },
      {
        onSuccess: () => toast.success(t("delivery.queued")),
        onError: (error) => toast.error(t("delivery.resendFailed"), { description: error.message }),
      }
    )
  return (
    <div className="flex flex-col gap-y-1" data-delivery-status={message.delivery_status ?? "none"}>
      <div className="flex items-center gap-x-2">
        {status ? (
          <StatusBadge color={COLOR[status]}>{t(`delivery.${status}`)}</StatusBadge>
        ) : (
          <StatusBadge color="grey">{t("delivery.none")}</StatusBadge>
        )}
        {message.delivery_status === "failed" && (
          <Button size="small" variant="secondary" onClick={onResend} isLoading={resend.isPending}>
            {t("delivery.resend")}
          </Button>
        )}
      </div>
      {message.delivery_error && (
        <Text size="small" className="text-ui-fg-subtle break-words">
          {message.delivery_error}
        </Text>
      )}
    </div>
  )
}
