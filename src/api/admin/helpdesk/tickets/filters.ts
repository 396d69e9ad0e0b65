import { AdminGetTicketsParamsType } from "./validators"

/** The list filters an agent asked for, as a query.graph filter. */
export function ticketFilters(params: AdminGetTicketsParamsType, userId: string) {
  const filters: Record<string, unknown> = {}
  for (const key of ["status", "channel", "customer_id", "order_id", "department_id", "contact_email"] as const) {
    if (params[key] !== undefined) {
      filters[key] = params[key]
    }
  }
  if (params.assignee_id !== undefined) {
    // "me" and "unassigned" make saved views work for every agent.
    const ids = [params.assignee_id].flat().map((id) => (id === "me" ? userId : id))
    const assigned = ids.filter((id) => id !== "unassigned")
    filters.$or = [
      ...(assigned.length ? [{ assignee_id: assigned }] : []),
      ...(ids.includes("unassigned") ? [{ assignee_id: null }] : []),
    ]
  }
  if (params.unlinked) {
    // Senders who match no Medusa customer (SPEC §5 "Unlinked").
    filters.customer_id = null
  }
  if (params.q) {
    const number = params.q.match(/^#?(\d+)$/)
    if (number) {
      filters.number = number[1]
    } else {
      const like = `%${params.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      // In $and, so it does not clash with the assignee $or.
      filters.$and = [
        {
          $or: [
            { subject: { $ilike: like } },
            { contact_email: { $ilike: like } },
            { contact_name: { $ilike: like } },
          ],
        },
      ]
    }
  }
  return filters
}
