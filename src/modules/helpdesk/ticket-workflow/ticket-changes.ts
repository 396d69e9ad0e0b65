import { TicketActionDefinition, TicketStatuses } from "./default-workflow"
import { TicketTransition } from "./plan-transition"

export interface TicketStateSnapshot {
  id: string
  status: string
  status_before_delete: string | null
  assignee_id: string | null
  closed_at: Date | string | null
  archived_at: Date | string | null
}

/** What an action changes on a ticket besides the history it writes. */
export function ticketChangesFor(
  action: TicketActionDefinition,
  transition: TicketTransition,
  ticket: TicketStateSnapshot,
  actor: { type: string; id?: string | null },
  now = new Date()
): Partial<Omit<TicketStateSnapshot, "id">> & { status: string } {
  const changes: Partial<Omit<TicketStateSnapshot, "id">> & { status: string } = {
    status: transition.to,
  }
  if (transition.to === TicketStatuses.DELETED && transition.from !== TicketStatuses.DELETED) {
    changes.status_before_delete = transition.from
  }
  if (transition.from === TicketStatuses.DELETED && transition.to !== TicketStatuses.DELETED) {
    changes.status_before_delete = null
  }
  // Restoring a closed ticket from the trash keeps the time it was closed.
  const wasClosed = transition.from === TicketStatuses.CLOSED || transition.from === TicketStatuses.DELETED
  if (transition.to === TicketStatuses.CLOSED && !wasClosed) {
    changes.closed_at = now
  }
  if (action.assigns_actor && actor.type === "agent" && actor.id) {
    changes.assignee_id = actor.id
  }
  // A new message from the customer brings an archived ticket back (SPEC §4).
  if (action.id === "customer_message" && ticket.archived_at) {
    changes.archived_at = null
  }
  return changes
}
