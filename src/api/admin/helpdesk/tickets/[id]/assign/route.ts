import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assignTicketWorkflow } from "../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminAssignTicketType } from "../../validators"

/** Assign to an agent and/or a department; `null` unassigns. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignTicketType>, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    assignTicketWorkflow(req.scope).run({
      input: {
        ticket_id: req.params.id,
        actor: { type: "agent", id: req.auth_context.actor_id },
        ...req.validatedBody,
      },
    })
  )
  if (ran) {
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
