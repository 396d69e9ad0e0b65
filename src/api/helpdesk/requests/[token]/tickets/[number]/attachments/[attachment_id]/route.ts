import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../../../modules/helpdesk"
import { sendFile } from "../../../../../../../utils/send-file"
import { findGuestTicket } from "../../../../../guest-access"
import { sendGuestNotFound } from "../../../../../respond"

const AttachmentId = z.string().max(100).regex(/^[A-Za-z0-9_]+$/)

/**
 * Streams a file of a message the guest may read (never one of a note or a
 * forward) through the plugin; the File module's URL or key never leaves.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const found = await findGuestTicket(req)
  const id = AttachmentId.safeParse(req.params.attachment_id)
  if (!found || !id.success) return sendGuestNotFound(req, res)
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [attachment] = await helpdesk.listTicketAttachments(
    { id: id.data, message: { ticket_id: found.ticket.id, kind: "message", author_type: ["customer", "agent"] } },
    { select: ["id", "file_id", "filename", "content_type"] }
  )
  if (!attachment) return sendGuestNotFound(req, res)
  // The token is in this URL too: it must not travel on as a referrer from a file shown in place.
  res.setHeader("Referrer-Policy", "no-referrer")
  await sendFile(req.scope, res, attachment)
}
