import { Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useTicketSource } from "../hooks/api/history"
import { useHelpdeskT } from "../lib/i18n"
import { AdminTicket } from "../lib/types"
import { TicketAssign } from "./ticket-assign"
import { TicketStatusBadge } from "./ticket-status-badge"

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start gap-x-2 px-6 py-3" data-info-row={label}>
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <Text size="small" leading="compact" className="break-words">
      {children ?? "-"}
    </Text>
  </div>
)

/** A form field's value as text: lists joined, anything else as JSON (React escapes it). */
const fieldValue = (value: unknown) =>
  value === null || value === undefined || value === ""
    ? "-"
    : Array.isArray(value)
      ? value.map(String).join(", ")
      : typeof value === "object"
        ? JSON.stringify(value)
        : typeof value === "boolean"
          ? value ? "✓" : "✗"
          : String(value)

const Source = ({ ticket }: { ticket: AdminTicket }) => {
  const t = useHelpdeskT("ticket")
  const { data, isLoading, isError } = useTicketSource(ticket.id)
  if (isLoading) return <>{t("info.loading")}</>
  if (isError || !data) return <>{t("info.sourceUnavailable")}</>
  const { mailbox, form } = data.source
  if (form) return <>{t("info.viaForm", { name: form.name })}</>
  if (mailbox) return <>{t("info.viaMailbox", { name: mailbox.name, address: mailbox.address })}</>
  return <>{t("info.channelOnly")}</>
}

const SalesChannel = ({ ticketId }: { ticketId: string }) => {
  const { data } = useTicketSource(ticketId)
  const channel = data?.source.sales_channel
  return channel ? <Link className="text-ui-fg-interactive" to={`/settings/sales-channels/${channel.id}`}>{channel.name}</Link> : <>-</>
}

/** The ticket info block (SPEC §5): who, channel and source, state, dates, language and the form's extra fields. */
export const TicketInfo = ({ ticket }: { ticket: AdminTicket }) => {
  const t = useHelpdeskT("ticket")
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleString(t.language) : null)
  const extra = Object.entries(ticket.custom_fields ?? {})
  return (
    <Container className="divide-y p-0" data-ticket-info>
      <div className="px-6 py-4">
        <Heading level="h2">{t("info.title")}</Heading>
      </div>
      <Row label={t("info.status")}>
        <TicketStatusBadge status={ticket.status} />
      </Row>
      <Row label={t("info.customer")}>
        {ticket.customer_id ? (
          <Link className="text-ui-fg-interactive" to={`/customers/${ticket.customer_id}`}>
            {ticket.contact_name || ticket.contact_email}
          </Link>
        ) : (
          <>{ticket.contact_name || t("info.guest")}</>
        )}
      </Row>
      <Row label={t("info.email")}>{ticket.contact_email}</Row>
      <Row label={t("info.order")}>
        {ticket.order_id ? (
          <Link className="text-ui-fg-interactive" to={`/orders/${ticket.order_id}`}>
            {t("info.viewOrder")}
          </Link>
        ) : null}
      </Row>
      <Row label={t("info.channel")}>{t(`info.channels.${ticket.channel}`, { defaultValue: ticket.channel })}</Row>
      <Row label={t("info.source")}>
        <Source ticket={ticket} />
      </Row>
      <Row label={t("info.salesChannel")}>
        <SalesChannel ticketId={ticket.id} />
      </Row>
      <Row label={t("info.assignee")}>
        <TicketAssign ticket={ticket} field="assignee_id" />
      </Row>
      <Row label={t("info.department")}>
        <TicketAssign ticket={ticket} field="department_id" />
      </Row>
      <Row label={t("info.language")}>{ticket.language ? t(`info.languages.${ticket.language}`, { defaultValue: ticket.language }) : null}</Row>
      <Row label={t("info.created")}>{date(ticket.created_at)}</Row>
      <Row label={t("info.updated")}>{date(ticket.updated_at)}</Row>
      <Row label={t("info.lastMessage")}>{date(ticket.last_message_at)}</Row>
      {ticket.closed_at && <Row label={t("info.closed")}>{date(ticket.closed_at)}</Row>}
      {extra.length > 0 && (
        <div className="px-6 py-3" data-extra-fields>
          <Text size="small" weight="plus" className="text-ui-fg-base">
            {t("info.extraFields")}
          </Text>
        </div>
      )}
      {extra.map(([key, value]) => (
        <Row key={key} label={key}>
          {fieldValue(value)}
        </Row>
      ))}
    </Container>
  )
}
