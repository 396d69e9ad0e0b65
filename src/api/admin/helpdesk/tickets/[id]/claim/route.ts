import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { claimTicketWorkflow, releaseTicketClaimWorkflow } from "../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../helpers"
import { AdminClaimTicketType } from "../../validators"

/** Claim the ticket; `take_over: true` takes it from the agent who holds it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminClaimTicketType>, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    claimTicketWorkflow(req.scope).run({
      input: { ticket_id: req.params.id, agent_id: req.auth_context.actor_id, take_over: req.validatedBody.take_over },
    })
  )
  if (ran) {
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}

/** Release your claim. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ran = await runTicketAction(res, () =>
    releaseTicketClaimWorkflow(req.scope).run({
      input: { ticket_id: req.params.id, agent_id: req.auth_context.actor_id },
    })
  )
  if (ran) {
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
