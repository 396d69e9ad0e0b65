import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addTicketNoteWorkflow } from "../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminAddTicketNoteType } from "../../validators"

/** Add an internal note; customers never see it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAddTicketNoteType>, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    addTicketNoteWorkflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        actor: { type: "agent", id: req.auth_context.actor_id },
        body_text: req.validatedBody.body_text,
      },
    })
  )
  if (ran) {
    res.status(201).json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
