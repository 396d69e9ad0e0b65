import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionTicketWorkflow } from "../../../../../../workflows"
import { findOwnTicket } from "../../find-own-ticket"
import { respondWithTicket, runCustomerAction } from "../../respond"

/** The customer withdraws a request that support has not closed yet. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await findOwnTicket(req)
  const ran = await runCustomerAction(res, "Only a request still waiting for support can be cancelled.", () =>
    transitionTicketWorkflow(req.scope).run({ input: { ticket_id: ticket.id, action: "cancel", actor: { type: "customer", id: req.auth_context.actor_id } } })
  )
  if (ran) await respondWithTicket(req, res, ticket.id)
}
