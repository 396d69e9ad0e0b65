import { MedusaContainer } from "@medusajs/framework/types"
import { sendOutboundMailsWorkflow } from "../workflows/send-outbound-mails"

/** Records one run claims: enough to keep a pool busy, few enough that a crash strands little. */
export const OUTBOX_BATCH = 50
const DRAIN_LANES = 2

/**
 * Sends due outgoing mail in batches until none is due or `budgetMs` has
 * passed (the next run goes on). With `ids`, only those records.
 */
export async function drainOutbox(
  container: MedusaContainer,
  { ids, budgetMs = 50_000 }: { ids?: string[]; budgetMs?: number } = {}
): Promise<{ sent: number; retrying: number; failed: number }> {
  const total = { sent: 0, retrying: 0, failed: 0 }
  const until = Date.now() + budgetMs
  const run = async () => {
    do {
      const { result } = await sendOutboundMailsWorkflow(container).run({ input: { ids, limit: OUTBOX_BATCH } })
      total.sent += result.sent.length
      total.retrying += result.retrying.length
      total.failed += result.failed.length
      if (result.sent.length + result.retrying.length + result.failed.length < OUTBOX_BATCH) break
    } while (Date.now() < until)
  }
  // Two runs side by side, each claiming its own batch: while one batch's
  // last mails and writes finish, the other keeps the connections busy.
  await Promise.all(Array.from({ length: DRAIN_LANES }, run))
  return total
}
