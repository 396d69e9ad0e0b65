import { Button, StatusBadge, Text, toast } from "@medusajs/ui"
import { useTicketAction } from "../hooks/api/tickets"
import { AdminTicketMessage } from "../lib/types"

const STATUS: Record<string, { color: "green" | "orange" | "blue" | "red"; label: string }> = {
  pending: { color: "orange", label: "Waiting to be sent" },
  sending: { color: "blue", label: "Sending" },
  sent: { color: "green", label: "Delivered to the mail server" },
  failed: { color: "red", label: "Not delivered" },
}

/**
 * How an agent's mail went out: waiting, sending, taken by the server or
 * failed with its answer and a Resend. A reply that had no mailbox to go
 * from says so (the customer sees it only in the cabinet).
 */
export const MessageDelivery = ({ ticketId, message }: { ticketId: string; message: AdminTicketMessage }) => {
  const resend = useTicketAction(ticketId)
  if (!message.delivery_status && !message.delivery_error) return null
  const status = message.delivery_status ? STATUS[message.delivery_status] : null
  const onResend = () =>
    resend.mutate(
      { path: `messages/${message.id}/resend` },
      {
        onSuccess: () => toast.success("The mail is queued again"),
        onError: (error) => toast.error(error.message),
      }
    )
  return (
    <div className="flex flex-col gap-y-1" data-delivery-status={message.delivery_status ?? "none"}>
      <div className="flex items-center gap-x-2">
        {status ? <StatusBadge color={status.color}>{status.label}</StatusBadge> : <StatusBadge color="grey">Not sent by mail</StatusBadge>}
        {message.delivery_status === "failed" && (
          <Button size="small" variant="secondary" onClick={onResend} isLoading={resend.isPending}>
            Resend
          </Button>
        )}
      </div>
      {message.delivery_error && (
        <Text size="small" className="text-ui-fg-subtle">
          {message.delivery_error}
        </Text>
      )}
    </div>
  )
}
