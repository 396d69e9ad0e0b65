import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { CabinetTicketRow, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"

/** The ticket if the signed-in customer may see it; anything else is 404, so ids reveal nothing. */
export async function findOwnTicket(req: AuthenticatedMedusaRequest, ticketId: string = req.params.id): Promise<CabinetTicketRow> {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const row = await helpdesk.findCabinetTicket(req.auth_context.actor_id, ticketId)
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Request ${ticketId} was not found.`)
  return row
}
