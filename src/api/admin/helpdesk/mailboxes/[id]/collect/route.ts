import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { collectMailboxWorkflow } from "../../../../../../workflows"

/** "Check mail now": one collection run; 409 while another run has the mailbox. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const mailbox = await helpdesk.retrieveMailbox(req.params.id, { select: ["id", "enabled"] })
  if (!mailbox.enabled) {
    return res.status(409).json({ type: "not_allowed", message: "This mailbox is disabled; enable it to collect its mail." })
  }
  const { result } = await collectMailboxWorkflow(req.scope).run({ input: { mailbox_id: req.params.id } })
  if (result.busy) {
    return res.status(409).json({ type: "conflict", message: "Mail is being collected from this mailbox right now; try again in a moment." })
  }
  res.json({ collection: result })
}
