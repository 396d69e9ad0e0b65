import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { collectEnabledMailboxes } from "../../../../workflows/mailbox/utils/collect-enabled-mailboxes"

/**
 * The ticket list's "Refresh now": collects every enabled mailbox at once
 * instead of waiting for the mail job, and says per mailbox what came in.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mailboxes = await collectEnabledMailboxes(req.scope)
  res.json({ imported: mailboxes.reduce((n, m) => n + m.imported, 0), mailboxes })
}
