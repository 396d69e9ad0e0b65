import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { receiveCustomerMessageWorkflow } from "../../../../../../workflows"
import { keepUploads, receivedUploads } from "../../../../../utils/receive-uploads"
import { customerAuthor } from "../../customer-author"
import { findOwnTicket } from "../../find-own-ticket"
import { respondWithTicket, runCustomerAction } from "../../respond"
import { StoreAddTicketMessageType } from "../../validators"

/**
 * The customer writes on their request (files as multipart/form-data, the
 * body as JSON in `payload`); a closed or cancelled request reopens.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddTicketMessageType>, res: MedusaResponse) => {
  const ticket = await findOwnTicket(req)
  const author = await customerAuthor(req)
  const ran = await runCustomerAction(res, "This request no longer takes messages.", () =>
    receiveCustomerMessageWorkflow(req.scope).run({
      input: { ticket_id: ticket.id, author, body_text: req.validatedBody.body_text, attachments: receivedUploads(req) },
    })
  )
  if (!ran) return
  keepUploads(req)
  await respondWithTicket(req, res, ticket.id, 201)
}
