import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { NOT_RETRYABLE, retryInboundMailWorkflow } from "../../../../../../workflows"

/** Imports a skipped or unprocessable mail again; 409 for mail already imported. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  await helpdesk.retrieveInboundMail(req.params.id, { select: ["id"] })
  try {
    await retryInboundMailWorkflow(req.scope).run({ input: { id: req.params.id } })
  } catch (error) {
    const e = error as { code?: string; message?: string }
    if (e?.code === NOT_RETRYABLE) {
      return res.status(409).json({ type: "not_allowed", code: e.code, message: e.message })
    }
    throw error
  }
  const inbound_mail = await helpdesk.retrieveInboundMail(req.params.id, {
    select: ["id", "status", "reason", "ticket_id", "ticket_message_id", "attempts"],
  })
  res.json({ inbound_mail })
}
