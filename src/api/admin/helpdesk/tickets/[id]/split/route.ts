import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { splitTicketWorkflow } from "../../../../../../workflows"
import { refetchTicket, withTimeline } from "../../helpers"
import { AdminSplitTicketType } from "../../validators"

/** Split from a message onward into a new ticket; answers both. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSplitTicketType>, res: MedusaResponse) => {
  const { result } = await splitTicketWorkflow(req.scope).run({
    input: {
      ticket_id: req.params.id,
      message_id: req.validatedBody.message_id,
      actor: { type: "agent", id: req.auth_context.actor_id },
    },
  })
  res.status(201).json({
    ticket: withTimeline(await refetchTicket(req.scope, req.params.id)),
    split_ticket: withTimeline(await refetchTicket(req.scope, result.id)),
  })
}
