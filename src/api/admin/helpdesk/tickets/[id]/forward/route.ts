import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forwardTicketWorkflow } from "../../../../../../workflows"
import { keepUploads, receivedUploads } from "../../../../../utils/receive-uploads"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminForwardTicketType } from "../../validators"

/**
 * Forward for discussion to a colleague's address; the ticket moves to
 * Discussion. The mail carries the chosen attachments of the ticket and any
 * files uploaded with the forward (multipart/form-data, the body in `payload`).
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminForwardTicketType>, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    forwardTicketWorkflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        actor: { type: "agent", id: req.auth_context.actor_id },
        to: req.validatedBody.to,
        body_text: req.validatedBody.body_text,
        attachment_ids: req.validatedBody.attachment_ids ?? [],
        uploads: receivedUploads(req),
      },
    })
  )
  if (ran) {
    keepUploads(req)
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
