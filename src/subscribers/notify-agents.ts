import { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { TicketHappening } from "../lib/notifications/recipients"
import { HelpdeskEvents } from "../workflows/events"
import { notifyAgentsTogether } from "../workflows/notification/utils/notify-agents-together"

/** Events that only watchers hear of (SPEC F-WATCH: every action on the ticket). */
const WATCHED_ONLY: string[] = [
  HelpdeskEvents.TICKET_UPDATED,
  HelpdeskEvents.TICKET_CLOSED,
  HelpdeskEvents.TICKET_REOPENED,
  HelpdeskEvents.TICKET_CANCELLED,
  HelpdeskEvents.TICKET_DELETED,
  HelpdeskEvents.TICKET_RESTORED,
  HelpdeskEvents.TICKET_ACCEPTED,
  HelpdeskEvents.NOTE_CREATED,
  HelpdeskEvents.MESSAGE_OUTBOUND,
]

/** The ticket an event is about and what happened to it, or null for events that concern no agent. */
export function happeningOf(name: string, data: Record<string, unknown>): { ticket_id: string; happening: TicketHappening } | null {
  const ticketId = typeof data.ticket_id === "string" ? data.ticket_id : typeof data.id === "string" ? data.id : null
  if (!ticketId) return null
  if (name === HelpdeskEvents.TICKET_CREATED) return { ticket_id: ticketId, happening: { kind: "created" } }
  if (name === HelpdeskEvents.TICKET_ASSIGNED) {
    const assignee = typeof data.assignee_id === "string" ? data.assignee_id : null
    return { ticket_id: ticketId, happening: { kind: "assigned", assignee_id: assignee } }
  }
  if (name === HelpdeskEvents.MESSAGE_RECEIVED) return { ticket_id: ticketId, happening: { kind: "customer_replied" } }
  if (WATCHED_ONLY.includes(name)) return { ticket_id: ticketId, happening: { kind: "other" } }
  return null
}

/** Tells agents what happened on the tickets they care about (SPEC §5 "Notifications"). */
export default async function notifyAgents({ event, container }: SubscriberArgs<Record<string, unknown>>) {
  // The module's own service emits "helpdesk.ticket.created/updated" for every
  // row it writes ({ id } and metadata naming the object): the same names as
  // the helpdesk's events, but no happening an agent should hear of.
  if (event.metadata && "object" in event.metadata) return
  const data = event.data ?? {}
  const target = happeningOf(event.name, data)
  // Mail import tells agents for its whole batch itself.
  if (!target || data.source === "mail") return
  try {
    await notifyAgentsTogether(container, { ...target, event: event.name, data })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`medusa-helpdesk: could not notify agents of ${event.name} on ${target.ticket_id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: [HelpdeskEvents.TICKET_CREATED, HelpdeskEvents.TICKET_ASSIGNED, HelpdeskEvents.MESSAGE_RECEIVED, ...WATCHED_ONLY],
}
