import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { refetchTicket, sortTicketTimeline } from "../helpers"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ticket = await refetchTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket: sortTicketTimeline(ticket) })
}
