import { Container, Heading, Text, clx } from "@medusajs/ui"
import { useAgents } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { formatMoney } from "../lib/format"
import { AdminTicket, AdminTicketEvent, AdminTicketMessage, AdminUser } from "../lib/types"
import { MessageAttachments } from "./message-attachments"
import { MessageDelivery } from "./message-delivery"

type Entry =
  | { at: string; message: AdminTicketMessage }
  | { at: string; event: AdminTicketEvent }

const money = (e: AdminTicketEvent, amount: unknown) =>
  typeof amount === "number" ? formatMoney(amount, String(e.data?.currency_code ?? "eur")) : String(amount ?? "")
const note = (e: AdminTicketEvent) => (e.data?.note ? `: ${String(e.data.note)}` : "")

const moved = (verb: string) => (e: AdminTicketEvent) =>
  e.data?.from && e.data?.to && e.data.from !== e.data.to ? `${verb} (${e.data.from} → ${e.data.to})` : verb

const EVENT_TEXT: Record<string, (e: AdminTicketEvent) => string> = {
  created: (e) => `Ticket opened (${String(e.data?.channel ?? "")})`,
  reply: () => "Replied",
  reply_and_close: moved("Replied and closed"),
  forward: (e) => `Forwarded to ${String(e.data?.to ?? "a colleague")}`,
  resend: () => "Mail sent again",
  assign: (e) => `Assigned${e.data?.comment ? `: ${String(e.data.comment)}` : ""}`,
  close: moved("Closed without reply"),
  reopen: moved("Reopened"),
  cancel: moved("Cancelled"),
  delete: moved("Moved to trash"),
  restore: moved("Restored"),
  accept: moved("Accepted"),
  claimed: () => "Claimed",
  claim_taken_over: () => "Claim taken over",
  claim_released: () => "Claim released",
  subject_changed: (e) => `Subject changed from "${String(e.data?.from)}"`,
  order_linked: () => "Linked order changed",
  customer_linked: () => "Linked customer changed",
  order_canceled: (e) => `Order #${e.data?.display_id} cancelled`,
  order_refunded: (e) => `Refunded ${money(e, e.data?.amount)} on order #${e.data?.display_id}${note(e)}`,
  order_return_received: (e) => {
    const refund = e.data?.refund as { amount?: number } | null | undefined
    const items = (e.data?.items as { quantity?: number }[] | undefined) ?? []
    const count = items.reduce((n, i) => n + Number(i.quantity ?? 0), 0)
    return `Return of ${count} ${count === 1 ? "item" : "items"} received on order #${e.data?.display_id}${refund ? `, ${money(e, refund.amount)} refunded` : ""}${note(e)}`
  },
  order_confirmation_resent: (e) => `Confirmation of order #${e.data?.display_id} sent again`,
}

const author = (m: AdminTicketMessage, agents: AdminUser[]) => {
  const agent = m.author_type === "agent" ? agents.find((u) => u.id === m.author_id) : undefined
  return m.author_name || m.author_email || (agent ? agentName(agent) : m.author_type === "agent" ? "Agent" : m.author_type)
}

/** Messages, notes and history in the order they happened. */
export const TicketTimeline = ({ ticket }: { ticket: AdminTicket }) => {
  const agents = useAgents().data?.users ?? []
  const entries: Entry[] = [
    ...(ticket.messages ?? []).map((message) => ({ at: message.created_at, message })),
    ...(ticket.events ?? []).map((event) => ({ at: event.created_at, event })),
  ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime())

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Conversation</Heading>
      </div>
      {entries.length === 0 && (
        <Text className="text-ui-fg-subtle px-6 py-4">Nothing written yet.</Text>
      )}
      {entries.map((entry) =>
        "message" in entry ? (
          <div
            key={entry.message.id}
            data-timeline-entry={entry.message.kind}
            className={clx("flex flex-col gap-y-2 px-6 py-4", {
              "bg-ui-tag-orange-bg": entry.message.kind === "note",
            })}
          >
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">
                {author(entry.message, agents)}
                {entry.message.kind !== "message" && ` · ${entry.message.kind}`}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {new Date(entry.at).toLocaleString()}
              </Text>
            </div>
            <Text className="whitespace-pre-wrap">{entry.message.body_text}</Text>
            <MessageAttachments ticketId={ticket.id} message={entry.message} />
            <MessageDelivery ticketId={ticket.id} message={entry.message} />
          </div>
        ) : (
          <div
            key={entry.event.id}
            data-timeline-entry="event"
            className="flex items-center justify-between px-6 py-2"
          >
            <Text size="small" className="text-ui-fg-subtle">
              {(EVENT_TEXT[entry.event.type] ?? ((e) => e.type))(entry.event)}
            </Text>
            <Text size="small" className="text-ui-fg-muted">
              {new Date(entry.at).toLocaleString()}
            </Text>
          </div>
        )
      )}
    </Container>
  )
}
