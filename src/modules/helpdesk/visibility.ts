import { AgentScope } from "./service"

/** Whether an agent may see a ticket (SPEC §6 "Who is an agent"); SQL lists use the same rule. */
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
