import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../../../modules/helpdesk"
import { sendFile } from "../../../../../../../utils/send-file"

/** The original mail a message came from, as received (.eml). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [message] = await helpdesk.listTicketMessages(
    { id: req.params.message_id, ticket_id: req.params.id },
    { select: ["id", "raw_file_id"] }
  )
  if (!message?.raw_file_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No original mail is kept for message ${req.params.message_id}.`)
  }
  await sendFile(req.scope, res, { file_id: message.raw_file_id, filename: `${message.id}.eml`, content_type: "message/rfc822" })
}
