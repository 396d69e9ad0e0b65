import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sanitizeMailHtml } from "../../../../../../lib/mail/sanitize"
import { keepUploads, receivedUploads } from "../../../../../utils/receive-uploads"
import { addTicketNoteWorkflow } from "../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminAddTicketNoteType } from "../../validators"

/**
 * Add an internal note; customers never see it, nor its files. Files come as
 * multipart/form-data (the body as JSON in `payload`), as with a reply.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAddTicketNoteType>, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    addTicketNoteWorkflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        actor: { type: "agent", id: req.auth_context.actor_id },
        body_text: req.validatedBody.body_text,
        body_html: req.validatedBody.body_html ? sanitizeMailHtml(req.validatedBody.body_html) : null,
        attachments: receivedUploads(req),
      },
    })
  )
  if (ran) {
    keepUploads(req)
    res.status(201).json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
