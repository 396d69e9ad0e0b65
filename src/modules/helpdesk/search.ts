import { AgentScope } from "./service"

/** Filters a search honours besides the words; each list means "any of". */
export interface TicketSearchFilters {
  status?: string[]
  channel?: string[]
  department_id?: string[]
  customer_id?: string[]
  order_id?: string[]
  contact_email?: string
  assignee_id?: string[]
  include_unassigned?: boolean
  unlinked?: boolean
}

/** Above this many matches a word is "common": page by a newest-first scan instead of sorting matches. */
export const SEARCH_MATCH_CAP = 1000

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

/** The SQL WHERE of a search (visibility included), with its bindings. */
export function searchWhere(tsquery: string, filters: TicketSearchFilters, scope: AgentScope) {
  const parts = ["t.deleted_at is null", "t.search_vector @@ to_tsquery('simple', ?)"]
  const bindings: unknown[] = [tsquery]
  const anyOf = (column: string, values?: string[]) => {
    if (values?.length) {
      parts.push(`t.${column} in (${values.map(() => "?").join(", ")})`)
      bindings.push(...values)
    }
  }
  anyOf("status", filters.status)
  anyOf("channel", filters.channel)
  anyOf("department_id", filters.department_id)
  anyOf("customer_id", filters.customer_id)
  anyOf("order_id", filters.order_id)
  if (filters.contact_email) {
    parts.push("t.contact_email = ?")
    bindings.push(filters.contact_email)
  }
  if (filters.assignee_id?.length || filters.include_unassigned) {
    const ors: string[] = []
    if (filters.assignee_id?.length) {
      ors.push(`t.assignee_id in (${filters.assignee_id.map(() => "?").join(", ")})`)
      bindings.push(...filters.assignee_id)
    }
    if (filters.include_unassigned) ors.push("t.assignee_id is null")
    parts.push(`(${ors.join(" or ")})`)
  }
  if (filters.unlinked) {
    parts.push("t.customer_id is null")
  }
  if (!scope.supervisor) {
    const depts = scope.department_ids
    parts.push(
      `(t.department_id is null or t.assignee_id = ?${
        depts.length ? ` or t.department_id in (${depts.map(() => "?").join(", ")})` : ""
      })`
    )
    bindings.push(scope.user_id, ...depts)
  }
  return { sql: parts.join(" and "), bindings }
}
