import type { TicketListFilters } from "../hooks/api/tickets"
import type { AdminTicketStatus } from "../lib/types"

export const BUILT_IN_VIEWS = ["all", "mine", "open", "unassigned", "unlinked", "trash"] as const
export type BuiltInViewId = (typeof BUILT_IN_VIEWS)[number]

const TRASH = "deleted"

/**
 * The views every agent has (F-LIST, SPEC §5 "Unlinked"): filters like a
 * saved view's, with "open" taken from the workflow so added statuses count.
 */
export function builtInViewFilters(statuses: AdminTicketStatus[]): Record<BuiltInViewId, TicketListFilters> {
  const open = statuses.filter((s) => s.is_open).map((s) => s.id)
  const openOnly = open.length ? { status: open } : {}
  return {
    all: {},
    mine: { ...openOnly, mine: true },
    open: openOnly,
    unassigned: { ...openOnly, assignee_id: "unassigned" },
    unlinked: { unlinked: true },
    trash: { status: TRASH },
  }
}

/** Which view is on: "builtin:<id>" or "view:<id>". */
export type ActiveView = `builtin:${BuiltInViewId}` | `view:${string}`
