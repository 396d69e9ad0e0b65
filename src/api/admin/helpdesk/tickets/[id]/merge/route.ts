import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { canSeeTicket, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { mergeTicketsWorkflow } from "../../../../../../workflows"
import { refetchTicket, withTimeline } from "../../helpers"
import { AdminMergeTicketType } from "../../validators"

/** Merge this ticket into another; answers the ticket it was merged into. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminMergeTicketType>, res: MedusaResponse) => {
  const targetId = req.validatedBody.into_ticket_id
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [[target], scope] = await Promise.all([
    helpdesk.listTickets({ id: targetId }, { select: ["id", "department_id", "assignee_id"] }),
    helpdesk.getAgentScope(req.auth_context.actor_id),
  ])
  if (!target || !canSeeTicket(scope, target as any)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${targetId} was not found.`)
  }
  await mergeTicketsWorkflow(req.scope).run({
    input: { ticket_id: req.params.id, into_ticket_id: targetId, actor: { type: "agent", id: req.auth_context.actor_id } },
  })
  res.json({ ticket: withTimeline(await refetchTicket(req.scope, targetId)) })
}
