import { TicketSearchFilters } from "../../../../modules/helpdesk"
import { AdminGetTicketsParamsType } from "./validators"

const list = (value: string | string[] | undefined) =>
  value === undefined ? undefined : [value].flat()

/** A ticket number typed with or without "#". */
export function ticketNumberQuery(q: string | undefined): string | null {
  return q?.match(/^#?(\d+)$/)?.[1] ?? null
}

/** The assignee filter with "me" and "unassigned" resolved for this agent. */
function assignees(params: AdminGetTicketsParamsType, userId: string) {
  const ids = list(params.assignee_id)?.map((id) => (id === "me" ? userId : id))
  return {
    ids: ids?.filter((id) => id !== "unassigned") ?? [],
    unassigned: ids?.includes("unassigned") ?? false,
    given: ids !== undefined,
  }
}

/** The list filters an agent asked for, as a query.graph filter (without `q` words). */
export function ticketFilters(params: AdminGetTicketsParamsType, userId: string) {
  const filters: Record<string, unknown> = {}
  for (const key of ["status", "channel", "customer_id", "order_id", "department_id", "contact_email"] as const) {
    if (params[key] !== undefined) {
      filters[key] = params[key]
    }
  }
  const assignee = assignees(params, userId)
  if (assignee.given) {
    // "me" and "unassigned" make saved views work for every agent.
    filters.$or = [
      ...(assignee.ids.length ? [{ assignee_id: assignee.ids }] : []),
      ...(assignee.unassigned ? [{ assignee_id: null }] : []),
    ]
  }
  if (params.unlinked) {
    // Senders who match no Medusa customer (SPEC §5 "Unlinked").
    filters.customer_id = null
  }
  const number = ticketNumberQuery(params.q)
  if (number) {
    filters.number = number
  }
  return filters
}

/** The same filters for a full-text search. */
export function searchFilters(params: AdminGetTicketsParamsType, userId: string): TicketSearchFilters {
  const assignee = assignees(params, userId)
  return {
    status: list(params.status),
    channel: list(params.channel),
    department_id: list(params.department_id),
    customer_id: list(params.customer_id),
    order_id: list(params.order_id),
    contact_email: params.contact_email,
    assignee_id: assignee.ids,
    include_unassigned: assignee.unassigned,
    unlinked: params.unlinked,
  }
}
