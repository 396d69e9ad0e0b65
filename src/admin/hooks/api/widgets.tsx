import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import { AdminTicketListResponse } from "../../lib/types"
import { ticketQueryKeys } from "./tickets"

/** Which tickets a widget on a Medusa page shows: one customer's, one order's, or one address's. */
export type WidgetTicketsFilter =
  | { customer_id: string }
  | { order_id: string }
  | { contact_email: string }

/** Rows a widget shows; the rest are counted, not listed. */
export const WIDGET_TICKETS_LIMIT = 10

// Under ticketQueryKeys.all, so creating or changing a ticket refreshes the widgets too.
export const widgetTicketQueryKeys = {
  all: [...ticketQueryKeys.all, "widget"] as const,
  list: (filter: WidgetTicketsFilter) => [...widgetTicketQueryKeys.all, filter] as const,
}

/** The newest-updated tickets matching a customer, an order or a contact address. */
export const useWidgetTickets = (filter: WidgetTicketsFilter | null) =>
  useQuery({
    queryKey: widgetTicketQueryKeys.list(filter ?? { contact_email: "" }),
    queryFn: () =>
      sdk.client.fetch<AdminTicketListResponse>("/admin/helpdesk/tickets", {
        query: { ...filter, limit: WIDGET_TICKETS_LIMIT, order: "-updated_at" },
      }),
    enabled: !!filter,
  })
