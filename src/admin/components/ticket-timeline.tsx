import { Container, Heading, Text, clx } from "@medusajs/ui"
import { AdminTicket, AdminTicketEvent, AdminTicketMessage } from "../lib/types"

type Entry =
  | { at: string; message: AdminTicketMessage }
  | { at: string; event: AdminTicketEvent }

const EVENT_TEXT: Record<string, (e: AdminTicketEvent) => string> = {
  created: (e) => `Ticket opened (${String(e.data?.channel ?? "")})`,
}

const author = (m: AdminTicketMessage) =>
  m.author_name || m.author_email || (m.author_type === "agent" ? "Agent" : m.author_type)

/** Messages, notes and history in the order they happened. */
export const TicketTimeline = ({ ticket }: { ticket: AdminTicket }) => {
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
            className={clx("flex flex-col gap-y-2 px-6 py-4", {
              "bg-ui-tag-orange-bg": entry.message.kind === "note",
            })}
          >
            <div className="flex items-center justify-between">
              <Text size="small" weight="plus">
                {author(entry.message)}
                {entry.message.kind !== "message" && ` · ${entry.message.kind}`}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {new Date(entry.at).toLocaleString()}
              </Text>
            </div>
            <Text className="whitespace-pre-wrap">{entry.message.body_text}</Text>
          </div>
        ) : (
          <div key={entry.event.id} className="flex items-center justify-between px-6 py-2">
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
