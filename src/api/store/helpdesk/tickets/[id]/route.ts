import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../modules/helpdesk"
import { customerMessages, customerTicket, statusOf } from "../customer-view"
import { findOwnTicket } from "../find-own-ticket"

/** One of the customer's tickets with the history they may read. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const row = await findOwnTicket(req)
  const status = await statusOf(helpdesk)
  res.json({
    ticket: { ...customerTicket(row, status(row)), messages: await customerMessages(req.scope, helpdesk, row.id) },
  })
}
