import { AgentScope } from "./service"

/** Filters of the ticket list and search; each list means "any of". */
export interface TicketListFilters {
  number?: string
  status?: string[]
  channel?: string[]
  department_id?: string[]
  customer_id?: string[]
  order_id?: string[]
  contact_email?: string
  assignee_id?: string[]
  include_unassigned?: boolean
  /** Assigned to this agent, or to one of their departments with no agent yet (SPEC F-ASSIGN). */
  mine?: { user_id: string; department_ids: string[] }
  unlinked?: boolean
  created_after?: Date
  created_before?: Date
  updated_after?: Date
  updated_before?: Date
  /** Extra form field values the ticket must have. */
  custom_fields?: Record<string, string>
  /** Only tickets this agent acted on (wrote, closed, assigned…). */
  acted_by?: string
  /** Only tickets with a customer message this agent has not opened since. */
  unread_for?: string
}
/** @deprecated name kept for callers of the search API */
export type TicketSearchFilters = TicketListFilters

export const TICKET_SORTS = ["created_at", "-created_at", "updated_at", "-updated_at"] as const
export type TicketSort = (typeof TICKET_SORTS)[number]

/** Above this many matches a word is "common": page by a newest-first scan instead of sorting matches. */
export const SEARCH_MATCH_CAP = 4000
/** Lists count exactly up to here and say "more than" beyond, instead of counting a million rows. */
export const LIST_COUNT_CAP = 10_000

/**
 * A prefix query over every word the person typed, for the 'simple'
 * configuration; `null` when nothing searchable is left.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}@._+-]+/u)
    .map((w) => w.replace(/^[._+-]+|[._+-]+$/g, ""))
    .filter(Boolean)
    .slice(0, 16)
  if (!words.length) {
    return null
  }
  return words.map((w) => `'${w.replace(/'/g, "''")}':*`).join(" & ")
}

/** The SQL WHERE over `helpdesk_ticket t` (visibility included), with its bindings. */
export function ticketWhere(filters: TicketListFilters, scope: AgentScope, tsquery?: string | null) {
  const parts = ["t.deleted_at is null"]
  const bindings: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql)
    bindings.push(...values)
  }
  const placeholders = (values: unknown[]) => values.map(() => "?").join(", ")
  const anyOf = (column: string, values?: string[]) => {
    if (values?.length) add(`t.${column} in (${placeholders(values)})`, ...values)
  }
  if (tsquery) add("t.search_vector @@ to_tsquery('simple', ?)", tsquery)
  if (filters.number) add("t.number = ?", filters.number)
  anyOf("status", filters.status)
  anyOf("channel", filters.channel)
  anyOf("department_id", filters.department_id)
  anyOf("customer_id", filters.customer_id)
  anyOf("order_id", filters.order_id)
  if (filters.contact_email) add("t.contact_email = ?", filters.contact_email)
  if (filters.assignee_id?.length || filters.include_unassigned) {
    const ors = [
      ...(filters.assignee_id?.length ? [`t.assignee_id in (${placeholders(filters.assignee_id)})`] : []),
      ...(filters.include_unassigned ? ["t.assignee_id is null"] : []),
    ]
    add(`(${ors.join(" or ")})`, ...(filters.assignee_id ?? []))
  }
  if (filters.mine) {
    const depts = filters.mine.department_ids
    add(
      `(t.assignee_id = ?${depts.length ? ` or (t.assignee_id is null and t.department_id in (${placeholders(depts)}))` : ""})`,
      filters.mine.user_id,
      ...depts
    )
  }
  if (filters.unlinked) add("t.customer_id is null")
  if (filters.created_after) add("t.created_at >= ?", filters.created_after)
  if (filters.created_before) add("t.created_at <= ?", filters.created_before)
  if (filters.updated_after) add("t.updated_at >= ?", filters.updated_after)
  if (filters.updated_before) add("t.updated_at <= ?", filters.updated_before)
  if (filters.custom_fields && Object.keys(filters.custom_fields).length) {
    add("t.custom_fields @> ?::jsonb", JSON.stringify(filters.custom_fields))
  }
  if (filters.acted_by) {
    add(
      "exists (select 1 from helpdesk_ticket_event e where e.ticket_id = t.id and e.actor_type = 'agent' and e.actor_id = ? and e.deleted_at is null)",
      filters.acted_by
    )
  }
  if (filters.unread_for) {
    add(
      `t.last_customer_message_at is not null and not exists (
         select 1 from helpdesk_ticket_read r
         where r.ticket_id = t.id and r.user_id = ? and r.read_at >= t.last_customer_message_at and r.deleted_at is null)`,
      filters.unread_for
    )
  }
  if (!scope.supervisor) {
    const depts = scope.department_ids
    add(
      `(t.department_id is null or t.assignee_id = ?${depts.length ? ` or t.department_id in (${placeholders(depts)})` : ""})`,
      scope.user_id,
      ...depts
    )
  }
  return { sql: parts.join(" and "), bindings }
}

/** An opaque keyset position: the sort value and id of the last row of a page. */
export function encodeCursor(value: Date | string, id: string): string {
  return Buffer.from(JSON.stringify([new Date(value).toISOString(), id])).toString("base64url")
}

export function decodeCursor(cursor: string): { value: Date; id: string } | null {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"))
    const date = new Date(value)
    return typeof id === "string" && !Number.isNaN(date.getTime()) ? { value: date, id } : null
  } catch {
    return null
  }
}
