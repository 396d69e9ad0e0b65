import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { archiveTicketWorkflow } from "../../../../../../workflows"
import { findOwnTicket } from "../../find-own-ticket"
import { respondWithTicket, runCustomerAction } from "../../respond"

const archive = (archived: boolean) => async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await findOwnTicket(req)
  const ran = await runCustomerAction(res, "This request cannot be archived now.", () =>
    archiveTicketWorkflow(req.scope).run({ input: { ticket_id: ticket.id, archived, actor: { type: "customer", id: req.auth_context.actor_id } } })
  )
  if (ran) await respondWithTicket(req, res, ticket.id)
}

/** Puts an answered, closed or cancelled request away in the customer's archive (409 while it waits for support). */
export const POST = archive(true)
/** Brings it back to "My requests". */
export const DELETE = archive(false)
