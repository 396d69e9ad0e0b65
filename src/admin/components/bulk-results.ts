import { toast } from "@medusajs/ui"
import type { BulkActionResponse } from "../hooks/api/bulk-actions"

const DONE: Record<BulkActionResponse["action"], string> = {
  assign: "assigned",
  close: "closed",
  delete: "moved to the trash",
  restore: "restored",
}

/** One toast for what was done and, where some tickets were refused, one naming each and why. */
export function toastBulkResults(response: BulkActionResponse, numberOf: (id: string) => string | undefined) {
  if (response.done) {
    toast.success(`${response.done} ${response.done === 1 ? "ticket" : "tickets"} ${DONE[response.action]}`)
  }
  const refused = response.results.filter((r): r is Extract<typeof r, { ok: false }> => !r.ok)
  if (refused.length) {
    toast.warning(`${refused.length} not changed`, {
      description: refused.map((r) => `${numberOf(r.ticket_id) ? `#${numberOf(r.ticket_id)}` : r.ticket_id}: ${r.message}`).join("\n"),
      duration: 10_000,
    })
  }
}
