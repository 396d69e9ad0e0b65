import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decodeCursor, encodeCursor, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { customerTicket, statusOf } from "./customer-view"
import { StoreGetTicketsParamsType } from "./validators"

/** "My requests": the signed-in customer's tickets, latest activity first, in keyset pages. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreGetTicketsParamsType>, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const { view, limit, cursor } = req.validatedQuery as StoreGetTicketsParamsType
  const after = cursor ? decodeCursor(cursor) : null
  const rows = await helpdesk.listCabinetTickets(req.auth_context.actor_id, {
    view,
    limit,
    cursor: after ? { at: after.value, id: after.id } : null,
  })
  const status = await statusOf(helpdesk)
  const last = rows[rows.length - 1]
  res.json({
    tickets: rows.map((row) => customerTicket(row, status(row))),
    next_cursor: rows.length === limit && last ? encodeCursor(last.activity_at, last.id) : null,
    limit,
  })
}
