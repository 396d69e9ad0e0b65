import { Container, Heading, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useWidgetTickets, WidgetTicketsFilter } from "../hooks/api/widgets"
import { useHelpdeskT } from "../lib/i18n"
import { CreateTicketModal, CreateTicketPrefill } from "./create-ticket-modal"
import { WidgetTicketList } from "./widget-ticket-list"

/**
 * The card a Helpdesk widget shows on a Medusa page: the tickets matching
 * `filter` and a New ticket button prefilled with the page's customer or order.
 */
export const TicketsWidget = ({
  filter,
  empty,
  prefill,
  testId,
  children,
}: {
  filter: WidgetTicketsFilter
  empty: string
  prefill: CreateTicketPrefill
  testId: string
  /** More below the list, e.g. an order's other tickets from the same address. */
  children?: ReactNode
}) => {
  const t = useHelpdeskT("widgets")
  const query = useWidgetTickets(filter)
  return (
    <Container className="divide-y p-0" data-testid={testId}>
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">{t("tickets.title")}</Heading>
          {!!query.data?.count && (
            <Text size="small" className="text-ui-fg-subtle">
              {query.data.count}
            </Text>
          )}
        </div>
        <CreateTicketModal prefill={prefill} />
      </div>
      <WidgetTicketList query={query} empty={empty} />
      {children}
    </Container>
  )
}
