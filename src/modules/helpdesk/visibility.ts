import { AgentScope } from "./service"

/** The query filter that limits tickets to the ones this agent may see; `null` for all. */
export function ticketVisibilityFilter(scope: AgentScope): Record<string, unknown> | null {
  if (scope.supervisor) {
    return null
  }
  return {
    $or: [
      { department_id: null },
      { assignee_id: scope.user_id },
      ...(scope.department_ids.length ? [{ department_id: scope.department_ids }] : []),
    ],
  }
}

export function canSeeTicket(
  scope: AgentScope,
  ticket: { department_id?: string | null; assignee_id?: string | null }
): boolean {
  return (
    scope.supervisor ||
    !ticket.department_id ||
    ticket.assignee_id === scope.user_id ||
    scope.department_ids.includes(ticket.department_id)
  )
}
