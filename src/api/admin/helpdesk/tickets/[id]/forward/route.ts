import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forwardTicketWorkflow } from "../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminForwardTicketType } from "../../validators"

/** Forward for discussion to a colleague's address; the ticket moves to Discussion. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminForwardTicketType>, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    forwardTicketWorkflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        actor: { type: "agent", id: req.auth_context.actor_id },
        to: req.validatedBody.to,
        body_text: req.validatedBody.body_text,
      },
    })
  )
  if (ran) {
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
