import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { transitionTicketWorkflow } from "../../../../../../workflows"
import { findOwnTicket } from "../../find-own-ticket"
import { respondWithTicket, runCustomerAction } from "../../respond"

/** The customer reopens an answered (closed) or cancelled request: support sees it again. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await findOwnTicket(req)
  const ran = await runCustomerAction(res, "Only an answered or cancelled request can be reopened.", () =>
    transitionTicketWorkflow(req.scope).run({ input: { ticket_id: ticket.id, action: "reopen", actor: { type: "customer", id: req.auth_context.actor_id } } })
  )
  if (ran) await respondWithTicket(req, res, ticket.id)
}
