import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { respondWithTicket } from "../respond"

/** One of the customer's tickets with the history they may read. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await respondWithTicket(req, res, req.params.id)
}
