import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { AdminTicket } from "../lib/types"
import { TicketAssign } from "./ticket-assign"
import { TicketStatusBadge } from "./ticket-status-badge"

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="break-words">
      {children ?? "-"}
    </Text>
  </div>
)

/** The ticket info block: who, where from, state and dates. */
export const TicketInfo = ({ ticket }: { ticket: AdminTicket }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Ticket</Heading>
    </div>
    <Row label="Status">
      <TicketStatusBadge status={ticket.status} />
    </Row>
    <Row label="Customer">
      {ticket.customer_id ? (
        <Link className="text-ui-fg-interactive" to={`/customers/${ticket.customer_id}`}>
          {ticket.contact_name || ticket.contact_email}
        </Link>
      ) : (
        <>{ticket.contact_name || "Guest"}</>
      )}
    </Row>
    <Row label="Email">{ticket.contact_email}</Row>
    <Row label="Order">
      {ticket.order_id ? (
        <Link className="text-ui-fg-interactive" to={`/orders/${ticket.order_id}`}>
          View order
        </Link>
      ) : null}
    </Row>
    <Row label="Channel">{ticket.channel}</Row>
    <Row label="Assignee">
      <TicketAssign ticket={ticket} field="assignee_id" />
    </Row>
    <Row label="Department">
      <TicketAssign ticket={ticket} field="department_id" />
    </Row>
    <Row label="Language">{ticket.language}</Row>
    <Row label="Created">{new Date(ticket.created_at).toLocaleString()}</Row>
    <Row label="Updated">{new Date(ticket.updated_at).toLocaleString()}</Row>
  </Container>
)
