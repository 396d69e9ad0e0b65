import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../../modules/helpdesk"
import { sendFile } from "../../../../../../utils/send-file"
import { findOwnTicket } from "../../../find-own-ticket"

/** Downloads a file of a message the customer may read (never one of a note or a forward). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await findOwnTicket(req)
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [attachment] = await helpdesk.listTicketAttachments(
    { id: req.params.attachment_id, message: { ticket_id: ticket.id, kind: "message", author_type: ["customer", "agent"] } },
    { select: ["id", "file_id", "filename", "content_type"] }
  )
  if (!attachment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Attachment ${req.params.attachment_id} was not found on this request.`)
  }
  await sendFile(req.scope, res, attachment)
}
