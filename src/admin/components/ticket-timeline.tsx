import { Badge, Button, Container, Heading, Text, clx, toast } from "@medusajs/ui"
import { HistoryMessage, HistoryOrder, useAgentPreferences, useUpdateAgentPreferences } from "../hooks/api/history"
import { useAgents } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import { AdminTicket, AdminTicketEvent, AdminUser } from "../lib/types"
import { MessageAttachments } from "./message-attachments"
import { MessageBody } from "./message-body"
import { MessageDelivery } from "./message-delivery"
import { eventText } from "./timeline-event-text"

type Entry = { at: string; message: HistoryMessage } | { at: string; event: AdminTicketEvent }
type T = ReturnType<typeof useHelpdeskT>

const author = (t: T, m: HistoryMessage, agents: AdminUser[]) => {
  const agent = m.author_type === "agent" ? agents.find((u) => u.id === m.author_id) : undefined
  return m.author_name || m.author_email || (agent ? agentName(agent) : t(`history.author.${m.author_type}`))
}

const OrderToggle = () => {
  const t = useHelpdeskT("ticket")
  const order = useAgentPreferences().data?.preferences.history_order ?? "asc"
  const save = useUpdateAgentPreferences()
  const choose = (history_order: HistoryOrder) =>
    history_order !== order &&
    save.mutate({ history_order }, { onError: (e) => toast.error(t("history.orderFailed"), { description: e.message }) })
  return (
    <div className="flex items-center gap-x-1" role="group" aria-label={t("history.order")}>
      {(["asc", "desc"] as const).map((value) => (
        <Button
          key={value}
          size="small"
          variant={order === value ? "secondary" : "transparent"}
          aria-pressed={order === value}
          onClick={() => choose(value)}
          disabled={save.isPending}
        >
          {t(`history.${value}`)}
        </Button>
      ))}
    </div>
  )
}

const MessageEntry = ({ ticketId, message, agents }: { ticketId: string; message: HistoryMessage; agents: AdminUser[] }) => {
  const t = useHelpdeskT("ticket")
  const internal = message.kind === "note" || message.kind === "forward"
  return (
    <div
      data-timeline-entry={message.kind}
      data-author-type={message.author_type}
      className={clx("flex flex-col gap-y-2 px-6 py-4", {
        "bg-ui-tag-orange-bg": message.kind === "note",
        "bg-ui-bg-subtle": message.kind === "forward",
        "border-l-ui-tag-blue-icon border-l-2": message.kind === "message" && message.author_type !== "customer",
      })}
    >
      <div className="flex items-center justify-between gap-x-2">
        <div className="flex min-w-0 items-center gap-x-2">
          <Text size="small" weight="plus" className="truncate">
            {author(t, message, agents)}
          </Text>
          {message.kind === "message" && (
            <Text size="small" className="text-ui-fg-muted">
              {t(`history.kind.${message.author_type === "customer" ? "customer" : "reply"}`)}
            </Text>
          )}
          {message.kind !== "message" && (
            <Badge size="2xsmall" color={internal ? "orange" : "grey"}>
              {t(`history.kind.${message.kind}`)}
            </Badge>
          )}
          {internal && (
            <Badge size="2xsmall" color="orange">
              {t("history.internal")}
            </Badge>
          )}
        </div>
        <Text size="small" className="text-ui-fg-subtle shrink-0">
          {new Date(message.created_at).toLocaleString(t.language)}
        </Text>
      </div>
      <MessageBody ticketId={ticketId} message={message} />
      <MessageAttachments ticketId={ticketId} message={message} />
      <MessageDelivery ticketId={ticketId} message={message} />
    </div>
  )
}

/** Messages, notes, forwards and history events, oldest or newest first as the agent chose. */
export const TicketTimeline = ({ ticket }: { ticket: AdminTicket }) => {
  const t = useHelpdeskT("ticket")
  const agents = useAgents().data?.users ?? []
  const prefs = useAgentPreferences()
  const sign = prefs.data?.preferences.history_order === "desc" ? -1 : 1
  const entries: Entry[] = [
    ...((ticket.messages ?? []) as HistoryMessage[]).map((message) => ({ at: message.created_at, message })),
    ...(ticket.events ?? []).map((event) => ({ at: event.created_at, event })),
  ].sort((a, b) => sign * (new Date(a.at).getTime() - new Date(b.at).getTime()))

  return (
    <Container className="divide-y p-0" data-history-order={sign === 1 ? "asc" : "desc"}>
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t("history.title")}</Heading>
        <OrderToggle />
      </div>
      {entries.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">{t("history.empty")}</Text>}
      {entries.map((entry) =>
        "message" in entry ? (
          <MessageEntry key={entry.message.id} ticketId={ticket.id} message={entry.message} agents={agents} />
        ) : (
          <div key={entry.event.id} data-timeline-entry="event" className="flex items-center justify-between gap-x-2 px-6 py-2">
            <Text size="small" className="text-ui-fg-subtle">
              {eventText(t, entry.event)}
            </Text>
            <Text size="small" className="text-ui-fg-muted shrink-0">
              {new Date(entry.at).toLocaleString(t.language)}
            </Text>
          </div>
        )
      )}
    </Container>
  )
}
