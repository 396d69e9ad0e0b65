import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { unwatchTicketWorkflow, watchTicketWorkflow } from "../../../../../../workflows"
import { refetchTicket, withTimeline } from "../../helpers"

/** Follow the ticket. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await watchTicketWorkflow(req.scope).run({ input: { ticket_id: req.params.id, user_id: req.auth_context.actor_id } })
  res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
}

/** Stop following it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unwatchTicketWorkflow(req.scope).run({ input: { ticket_id: req.params.id, user_id: req.auth_context.actor_id } })
  res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
}
