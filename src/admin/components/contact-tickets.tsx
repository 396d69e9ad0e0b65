import { Text } from "@medusajs/ui"
import { useWidgetTickets } from "../hooks/api/widgets"
import { useHelpdeskT } from "../lib/i18n"
import { WidgetTicketRow } from "./widget-ticket-list"

/**
 * Tickets from an address that are not linked to the given order: what a
 * guest (or anyone) wrote about it before an agent linked the order. Shows
 * nothing while loading or when there are none, since it only adds to the list above.
 */
export const ContactTickets = ({ email, exceptOrderId }: { email: string; exceptOrderId: string }) => {
  const t = useHelpdeskT("widgets")
  const query = useWidgetTickets({ contact_email: email.toLowerCase() })
  if (query.isError) {
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {t("tickets.error", { message: (query.error as Error).message })}
      </Text>
    )
  }
  const tickets = query.data?.tickets.filter((ticket) => ticket.order_id !== exceptOrderId) ?? []
  if (!tickets.length) {
    return null
  }
  return (
    <div className="divide-y" data-testid="contact-tickets">
      <Text size="small" weight="plus" className="text-ui-fg-subtle px-6 py-3">
        {t("tickets.from_email", { email })}
      </Text>
      {tickets.map((ticket) => (
        <WidgetTicketRow key={ticket.id} ticket={ticket} />
      ))}
    </div>
  )
}
