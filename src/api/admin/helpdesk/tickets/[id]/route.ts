import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  deleteTicketPermanentlyWorkflow,
  markTicketReadWorkflow,
  updateTicketDetailsWorkflow,
} from "../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../helpers"
import { AdminGetTicketParamsType, AdminUpdateTicketType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetTicketParamsType>,
  res: MedusaResponse
) => {
  const ticket = await refetchTicket(req.scope, req.params.id, req.queryConfig.fields)
  // Opening the ticket is what makes it read for this agent.
  await markTicketReadWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, user_id: req.auth_context.actor_id },
  })
  res.json({ ticket: withTimeline(ticket, req.validatedQuery.timeline_order) })
}

/** Edit the subject, or link the ticket to another order or customer (`null` unlinks). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTicketType>, res: MedusaResponse) => {
  await updateTicketDetailsWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, actor: { type: "agent", id: req.auth_context.actor_id }, ...req.validatedBody },
  })
  res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
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
