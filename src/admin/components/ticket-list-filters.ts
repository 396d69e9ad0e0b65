import type { DataTableFilteringState } from "@medusajs/ui"
import type { TicketListFilters } from "../hooks/api/tickets"

/**
 * The list's state (the DataTable's filters and its search box) and the
 * API's query (which is also what a saved view stores), each made from the other.
 */
type DateRange = { $gte?: string; $lte?: string; $gt?: string; $lt?: string }

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)
const many = (value: string | string[] | undefined) => (value === undefined ? undefined : [value].flat())
const filled = <T>(value: T[] | undefined) => (value?.length ? value : undefined)

/** "reason: Too small; size: L" ⇄ { reason: "Too small", size: "L" } */
export function parseCustomFields(text: string | undefined): Record<string, string> | undefined {
  const pairs = (text ?? "")
    .split(";")
    .map((part) => part.match(/^\s*([^:=]+?)\s*[:=]\s*(.+?)\s*$/))
    .filter((m): m is RegExpMatchArray => !!m)
  return pairs.length ? Object.fromEntries(pairs.map((m) => [m[1], m[2]])) : undefined
}
export const formatCustomFields = (fields: Record<string, string> | undefined) =>
  fields && Object.keys(fields).length ? Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join("; ") : undefined

const range = (value: unknown): DateRange => (value && typeof value === "object" ? (value as DateRange) : {})

export function stateToFilters(filtering: DataTableFilteringState, search: string): TicketListFilters {
  const created = range(filtering.created_at)
  const updated = range(filtering.updated_at)
  const result: TicketListFilters = {
    q: search.trim() || undefined,
    status: filled(filtering.status as string[] | undefined),
    // "mine" is a choice of the assignee filter, and its own flag in the API.
    assignee_id: filtering.assignee_id === "mine" ? undefined : (filtering.assignee_id as string | undefined) || undefined,
    mine: filtering.assignee_id === "mine" || undefined,
    department_id: filled(filtering.department_id as string[] | undefined),
    channel: filled(filtering.channel as string[] | undefined),
    acted_by: (filtering.acted_by as string | undefined) || undefined,
    contact_email: ((filtering.contact_email as string | undefined) ?? "").trim().toLowerCase() || undefined,
    custom_fields: parseCustomFields(filtering.custom_fields as string | undefined),
    created_after: created.$gte ?? created.$gt,
    created_before: created.$lte ?? created.$lt,
    updated_after: updated.$gte ?? updated.$gt,
    updated_before: updated.$lte ?? updated.$lt,
    unread: filtering.unread === "true" || undefined,
    unlinked: filtering.unlinked === "true" || undefined,
  }
  return Object.fromEntries(Object.entries(result).filter(([, v]) => v !== undefined)) as TicketListFilters
}

export function filtersToState(filters: TicketListFilters): { filtering: DataTableFilteringState; search: string } {
  const dates = (after?: string, before?: string) =>
    after || before ? { ...(after ? { $gte: after } : {}), ...(before ? { $lte: before } : {}) } : undefined
  const filtering: DataTableFilteringState = {
    status: many(filters.status),
    assignee_id: filters.mine ? "mine" : first(filters.assignee_id),
    department_id: many(filters.department_id),
    channel: many(filters.channel),
    acted_by: filters.acted_by,
    contact_email: filters.contact_email,
    custom_fields: formatCustomFields(filters.custom_fields),
    created_at: dates(filters.created_after, filters.created_before),
    updated_at: dates(filters.updated_after, filters.updated_before),
    unread: filters.unread ? "true" : undefined,
    unlinked: filters.unlinked ? "true" : undefined,
  }
  return {
    filtering: Object.fromEntries(Object.entries(filtering).filter(([, v]) => v !== undefined)),
    search: typeof filters.q === "string" ? filters.q : "",
  }
}

/** Two filter sets ask for the same tickets (arrays compared as sets). */
export function sameFilters(a: TicketListFilters, b: TicketListFilters): boolean {
  const norm = (f: TicketListFilters) =>
    JSON.stringify(
      Object.entries(stateToFilters(filtersToState(f).filtering, filtersToState(f).search))
        .map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])
        .sort(([x], [y]) => String(x).localeCompare(String(y)))
    )
  return norm(a) === norm(b)
}
