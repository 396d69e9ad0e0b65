import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sanitizeMailHtml } from "../../../../../../lib/mail/sanitize"
import { keepUploads, receivedUploads } from "../../../../../utils/receive-uploads"
import { replyToTicketWorkflow } from "../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminReplyToTicketType } from "../../validators"

/**
 * Reply to the customer; `close: true` sends and closes. The mail waits in
 * the outbox and goes out at once. Files come as multipart/form-data (the
 * body as JSON in `payload`).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminReplyToTicketType>, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    replyToTicketWorkflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        actor: { type: "agent", id: req.auth_context.actor_id },
        body_text: req.validatedBody.body_text,
        body_html: req.validatedBody.body_html ? sanitizeMailHtml(req.validatedBody.body_html) : null,
        cc: req.validatedBody.cc,
        bcc: req.validatedBody.bcc,
        close: req.validatedBody.close,
        attachments: receivedUploads(req),
      },
    })
  )
  if (ran) {
    keepUploads(req)
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
