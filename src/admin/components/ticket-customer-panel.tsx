import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useTicketAction, useTicketContext } from "../hooks/api/tickets"
import { formatDate } from "../lib/format"
import { useHelpdeskT } from "../lib/i18n"
import { AdminPanelCustomer, AdminTicket, AdminTicketContext } from "../lib/types"
import { CustomerNotes } from "./customer-notes"
import { CustomerOrders } from "./customer-orders"
import { TicketStatusBadge } from "./ticket-status-badge"

const customerName = (c: AdminPanelCustomer) => [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email

const CustomerCard = ({ ticket, context }: { ticket: AdminTicket; context: AdminTicketContext }) => {
  const t = useHelpdeskT("panel")
  const run = useTicketAction(ticket.id)
  const link = async (customer: AdminPanelCustomer) => {
    try {
      await run.mutateAsync({ path: "", body: { customer_id: customer.id } })
      toast.success(t("customer.linked", { name: customerName(customer) }))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  const { customer } = context
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid="panel-customer">
      <Heading level="h2">{t("customer.title")}</Heading>
      {customer ? (
        <>
          <Link className="text-ui-fg-interactive txt-compact-small-plus" to={`/customers/${customer.id}`}>
            {customerName(customer)}
          </Link>
          <Text size="small" className="text-ui-fg-subtle">
            {customer.email}
            {customer.phone ? ` · ${customer.phone}` : ""}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t(customer.has_account ? "customer.account_since" : "customer.guest_since", { date: formatDate(customer.created_at) })}
          </Text>
        </>
      ) : (
        <>
          <Text size="small">{context.contact.name || context.contact.email}</Text>
          <Text size="small" className="text-ui-fg-subtle">
            {context.contact.email} · {t("customer.not_linked")}
          </Text>
          {context.matching_customers.map((c) => (
            <div key={c.id} className="flex items-center justify-between gap-x-2" data-testid="matching-customer">
              <Text size="small">
                {t(c.has_account ? "customer.has_address_account" : "customer.has_address", { name: customerName(c) })}
              </Text>
              <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => link(c)}>
                {t("customer.link")}
              </Button>
            </div>
          ))}
        </>
      )}
    </Container>
  )
}

const OtherTickets = ({ context }: { context: AdminTicketContext }) => {
  const t = useHelpdeskT("panel")
  return context.other_tickets.length ? (
    <Container className="divide-y p-0" data-testid="other-tickets">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("other_tickets.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {context.other_tickets_count}
        </Text>
      </div>
      {context.other_tickets.map((t) => (
        <Link key={t.id} to={`/helpdesk/${t.id}`} className="hover:bg-ui-bg-base-hover flex items-center justify-between gap-x-2 px-6 py-2">
          <Text size="small" className={`truncate ${t.unread ? "font-medium" : ""}`}>
            #{t.number} {t.subject}
          </Text>
          <TicketStatusBadge status={t.status} />
        </Link>
      ))}
    </Container>
  ) : null
}

/**
 * Beside the request (F-ORDERS, F-CUSTOMER): who wrote, what the helpdesk
 * knows of them, their other tickets and their orders with what can be done
 * to each — all from one request to the ticket's context.
 */
export const TicketCustomerPanel = ({ ticket }: { ticket: AdminTicket }) => {
  const t = useHelpdeskT("panel")
  const [ordersOffset, setOrdersOffset] = useState(0)
  const { data, isLoading, isError, error, isFetching } = useTicketContext(ticket.id, ordersOffset ? { orders_offset: ordersOffset } : {})
  if (isLoading) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-subtle">
          {t("loading")}
        </Text>
      </Container>
    )
  }
  if (isError || !data) {
    return (
      <Container>
        <Text size="small" className="text-ui-fg-error">
          {t("load_failed", { message: (error as Error)?.message ?? "—" })}
        </Text>
      </Container>
    )
  }
  return (
    <div className="flex flex-col gap-y-3">
      <CustomerCard ticket={ticket} context={data} />
      {data.customer && <CustomerNotes customerId={data.customer.id} />}
      <CustomerOrders ticketId={ticket.id} context={data} onPage={setOrdersOffset} loading={isFetching} />
      <OtherTickets context={data} />
    </div>
  )
}
