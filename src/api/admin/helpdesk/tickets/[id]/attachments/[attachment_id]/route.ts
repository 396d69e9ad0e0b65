import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../../modules/helpdesk"
import { sendFile } from "../../../../../../utils/send-file"

/** Downloads an attachment of a ticket the agent may see (checked by the tickets middleware). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [attachment] = await helpdesk.listTicketAttachments(
    { id: req.params.attachment_id, message: { ticket_id: req.params.id } },
    { select: ["id", "file_id", "filename", "content_type"] }
  )
  if (!attachment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Attachment ${req.params.attachment_id} was not found on this ticket.`)
  }
  await sendFile(req.scope, res, attachment)
}
