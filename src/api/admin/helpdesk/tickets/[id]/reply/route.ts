import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sanitizeMailHtml } from "../../../../../../lib/mail/sanitize"
import { replyToTicketWorkflow } from "../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminReplyToTicketType } from "../../validators"

/** Reply to the customer; `close: true` sends and closes. The mail waits in the outbox and goes out at once. */
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
      },
    })
  )
  if (ran) {
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
