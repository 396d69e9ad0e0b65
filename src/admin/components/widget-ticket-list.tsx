import { Button, Text } from "@medusajs/ui"
import { UseQueryResult } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { useHelpdeskT } from "../lib/i18n"
import { AdminTicket, AdminTicketListResponse } from "../lib/types"
import { TicketStatusBadge } from "./ticket-status-badge"

export const WidgetTicketRow = ({ ticket }: { ticket: AdminTicket }) => {
  const t = useHelpdeskT("widgets")
  const updated = new Date(ticket.updated_at).toLocaleString(t.language, { dateStyle: "medium", timeStyle: "short" })
  return (
    <Link
      to={`/helpdesk/${ticket.id}`}
      data-testid="widget-ticket"
      className="hover:bg-ui-bg-base-hover flex items-start justify-between gap-x-3 px-6 py-3"
    >
      <div className="flex min-w-0 flex-col">
        <Text size="small" weight="plus" className="truncate">
          <span className="font-mono">#{ticket.number}</span> {ticket.subject}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {t("tickets.updated", { date: updated })}
        </Text>
      </div>
      <div className="shrink-0">
        <TicketStatusBadge status={ticket.status} />
      </div>
    </Link>
  )
}

/**
 * One page of tickets in a widget, newest update first, each linking to the
 * ticket; says so while loading, on an error (with a retry) and when empty.
 */
export const WidgetTicketList = ({
  query,
  empty,
}: {
  query: UseQueryResult<AdminTicketListResponse>
  empty: string
}) => {
  const t = useHelpdeskT("widgets")
  const { data, isLoading, isError, error, refetch, isFetching } = query
  if (isLoading) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {t("tickets.loading")}
      </Text>
    )
  }
  if (isError || !data) {
    return (
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Text size="small" className="text-ui-fg-error">
          {t("tickets.error", { message: (error as Error | null)?.message ?? "-" })}
        </Text>
        <Button size="small" variant="secondary" isLoading={isFetching} onClick={() => refetch()}>
          {t("tickets.retry")}
        </Button>
      </div>
    )
  }
  if (!data.tickets.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle px-6 py-4">
        {empty}
      </Text>
    )
  }
  return (
    <div className="divide-y">
      {data.tickets.map((ticket) => (
        <WidgetTicketRow key={ticket.id} ticket={ticket} />
      ))}
      {data.count > data.tickets.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {t("tickets.more", { shown: data.tickets.length, total: data.count })}
        </Text>
      )}
    </div>
  )
}
