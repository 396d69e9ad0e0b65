import { MedusaError } from "@medusajs/framework/utils"
import {
  PREVIOUS_STATUS,
  TicketActionDefinition,
  TicketStatusDefinition,
} from "./default-workflow"

/** The code a refused action carries, so routes can answer 409. */
export const ACTION_NOT_ALLOWED = "ticket_action_not_allowed"

export interface TicketTransition {
  from: string
  to: string
}

/**
 * Where `action` takes a ticket in `status`, or an error that says which
 * statuses allow it. Pure: the matrix comes in as data.
 */
export function planTicketTransition(
  action: TicketActionDefinition,
  ticket: { status: string; status_before_delete?: string | null },
  actorType: string,
  statuses: TicketStatusDefinition[]
): TicketTransition {
  const label = (id: string) => statuses.find((s) => s.id === id)?.label ?? id
  if (!action.actor_types.includes(actorType)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `"${action.label}" can only be done by: ${action.actor_types.join(", ")}.`,
      ACTION_NOT_ALLOWED
    )
  }
  if (!(ticket.status in action.transitions)) {
    // In the statuses' display order: stored JSON does not keep key order.
    const known = statuses.filter((s) => s.id in action.transitions).map((s) => s.id)
    const unknown = Object.keys(action.transitions).filter((id) => !known.includes(id))
    const allowed = [...known, ...unknown].map(label)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `"${action.label}" is not allowed while the ticket is ${label(ticket.status)}; it is allowed in: ${allowed.join(", ")}.`,
      ACTION_NOT_ALLOWED
    )
  }
  const target = action.transitions[ticket.status]
  if (target === PREVIOUS_STATUS) {
    return { from: ticket.status, to: ticket.status_before_delete || "new" }
  }
  return { from: ticket.status, to: target ?? ticket.status }
}
