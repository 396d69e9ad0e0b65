import { AgentScope, TicketListFilters } from "../../../../modules/helpdesk"
import { AdminGetTicketsParamsType } from "./validators"

const list = (value: string | string[] | undefined) =>
  value === undefined ? undefined : [value].flat()

/** A ticket number typed with or without "#". */
export function ticketNumberQuery(q: string | undefined): string | null {
  return q?.match(/^#?(\d+)$/)?.[1] ?? null
}

/** The list's query parameters as filters, with "me" and "unassigned" resolved for this agent. */
export function listFilters(params: AdminGetTicketsParamsType, scope: Pick<AgentScope, "user_id" | "department_ids">): TicketListFilters {
  const userId = scope.user_id
  const me = (id: string) => (id === "me" ? userId : id)
  const assignees = list(params.assignee_id)?.map(me)
  return {
    number: ticketNumberQuery(params.q) ?? undefined,
    status: list(params.status),
    channel: list(params.channel),
    department_id: list(params.department_id),
    customer_id: list(params.customer_id),
    order_id: list(params.order_id),
    contact_email: params.contact_email,
    assignee_id: assignees?.filter((id) => id !== "unassigned"),
    include_unassigned: assignees?.includes("unassigned"),
    mine: params.mine ? { user_id: userId, department_ids: scope.department_ids } : undefined,
    unlinked: params.unlinked,
    created_after: params.created_after,
    created_before: params.created_before,
    updated_after: params.updated_after,
    updated_before: params.updated_before,
    custom_fields: params.custom_fields,
    acted_by: params.acted_by ? me(params.acted_by) : undefined,
    unread_for: params.unread ? userId : undefined,
  }
}
