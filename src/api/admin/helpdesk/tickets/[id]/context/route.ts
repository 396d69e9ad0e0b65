import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { AdminGetTicketContextParamsType } from "../../validators"
import { ContextTicket, loadCustomer, loadCustomerNotes, loadOtherTickets } from "./load-customer"
import { loadOrdersPage } from "./load-orders"

/**
 * Everything the panel beside a ticket shows (SPEC §3 F-ORDERS, F-CUSTOMER):
 * the customer or, for a guest, the contact and the customers with that
 * email; the customer's notes; their other tickets; a page of their orders
 * with Medusa's payment and fulfillment status. The ticket itself comes from
 * GET /admin/helpdesk/tickets/:id; the middleware already answered 404 if
 * this agent may not see it. The parts are independent and load in parallel.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketContextParamsType>,
  res: MedusaResponse
) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [[found], scope] = await Promise.all([
    helpdesk.listTickets(
      { id: req.params.id },
      { select: ["id", "customer_id", "order_id", "contact_email", "contact_name"] }
    ),
    helpdesk.getAgentScope(req.auth_context.actor_id),
  ])
  if (!found) {
    // Deleted for good between the visibility check and here.
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${req.params.id} was not found.`)
  }
  const ticket = found as unknown as ContextTicket
  const [people, customer_notes, others, orders] = await Promise.all([
    loadCustomer(req.scope, ticket),
    loadCustomerNotes(helpdesk, ticket),
    loadOtherTickets(req.scope, ticket, scope),
    loadOrdersPage(req.scope, ticket, req.validatedQuery),
  ])
  res.json({
    ticket_id: ticket.id,
    contact: { email: ticket.contact_email, name: ticket.contact_name },
    ...people,
    customer_notes,
    ...others,
    ...orders,
  })
}
