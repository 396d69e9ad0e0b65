import { toast } from "@medusajs/ui"
import type { BulkActionResponse } from "../hooks/api/bulk-actions"
import type { useHelpdeskT } from "../lib/i18n"
import type { RowResult } from "./ticket-list-columns"

type ListT = ReturnType<typeof useHelpdeskT>

/**
 * One toast for what was done and, where some tickets were refused, one naming
 * each and why. Returns the same per ticket, for the list to show in each row.
 */
export function toastBulkResults(
  response: BulkActionResponse,
  numberOf: (id: string) => string | undefined,
  t: ListT
): Record<string, RowResult> {
  if (response.done) {
    toast.success(t(`bulk.done.${response.action}`, { count: response.done }))
  }
  const refused = response.results.filter((r): r is Extract<typeof r, { ok: false }> => !r.ok)
  if (refused.length) {
    toast.warning(t("bulk.refused", { count: refused.length }), {
      description: refused.map((r) => `${numberOf(r.ticket_id) ? `#${numberOf(r.ticket_id)}` : r.ticket_id}: ${r.message}`).join("\n"),
      duration: 10_000,
    })
  }
  const label = t(`bulk.rowDone.${response.action}`)
  return Object.fromEntries(
    response.results.map((r): [string, RowResult] => [r.ticket_id, r.ok ? { ok: true, label } : { ok: false, message: r.message }])
  )
}
