import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteTicketPermanentlyWorkflow } from "../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../helpers"
import { AdminGetTicketParamsType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketParamsType>,
  res: MedusaResponse
) => {
  const ticket = await refetchTicket(req.scope, req.params.id, req.queryConfig.fields)
  res.json({ ticket: withTimeline(ticket, req.validatedQuery.order) })
}

/** Deletes a ticket in the trash for good (only Deleted tickets). */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchTicket(req.scope, req.params.id, ["id"])
  const ran = await runTicketAction(res, () =>
    deleteTicketPermanentlyWorkflow(req.scope).run({
      input: { ticket_id: req.params.id, actor: { type: "agent", id: req.auth_context.actor_id } },
    })
  )
  if (ran) {
    res.json({ id: req.params.id, object: "ticket", deleted: true })
  }
}
