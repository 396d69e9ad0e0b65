import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { markTicketReadByCustomerWorkflow } from "../../../../../../workflows"
import { findGuestTicket } from "../../../guest-access"
import { sendGuestNotFound } from "../../../respond"
import { sendTicketPage } from "../../../ticket-page"
import { HelpdeskGuestTicketQuery } from "../../../validators"

/** One request's public history; opening it marks support's replies read. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const found = await findGuestTicket(req)
  if (!found) return sendGuestNotFound(req, res)
  const query = HelpdeskGuestTicketQuery.safeParse(req.query)
  // Express answers HEAD with this handler: a link checker's HEAD must not mark anything read.
  if (req.method === "GET") {
    await markTicketReadByCustomerWorkflow(req.scope).run({ input: { ticket_id: found.ticket.id } })
    found.ticket.customer_read_at = new Date()
  }
  if (!query.success) {
    return sendTicketPage(req, res, found, { status: 400, error: (t) => t.errors.badPage })
  }
  await sendTicketPage(req, res, found, { notice: query.data.done })
}
