import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markTicketReadByCustomerWorkflow } from "../../../../../../workflows"
import { findOwnTicket } from "../../find-own-ticket"
import { respondWithTicket } from "../../respond"

/** The customer has read support's replies: the request is no longer "new reply". */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await findOwnTicket(req)
  await markTicketReadByCustomerWorkflow(req.scope).run({ input: { ticket_id: ticket.id } })
  await respondWithTicket(req, res, ticket.id)
}
