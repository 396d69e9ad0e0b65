import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { sendFile } from "../../../../../utils/send-file"

/** A kept mail's raw source, e.g. to see why it could not be read. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const record = await helpdesk.retrieveInboundMail(req.params.id, { select: ["id", "raw_file_id"] })
  if (!record.raw_file_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The raw source of mail ${req.params.id} was not kept.`)
  }
  await sendFile(req.scope, res, { file_id: record.raw_file_id, filename: `${record.id}.eml`, content_type: "message/rfc822" })
}
