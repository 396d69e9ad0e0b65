import {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { canSeeTicket, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"

/**
 * Answers 404 for a ticket the agent may not see (SPEC §6 "Who is an agent"),
 * before any route under /admin/helpdesk/tickets/:id runs: the same answer as
 * for a ticket that does not exist, so its existence does not leak.
 * Registered for both `/tickets/:id` and `/tickets/:id/*`; Medusa's matcher
 * may run both for a sub-route, so a request checked once is not checked again.
 */
export async function ensureTicketVisible(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const checked = req as AuthenticatedMedusaRequest & { helpdeskVisibleTicketId?: string }
  if (checked.helpdeskVisibleTicketId === req.params.id) return next()
  try {
    const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
    const [[ticket], scope] = await Promise.all([
      helpdesk.listTickets({ id: req.params.id }, { select: ["id", "department_id", "assignee_id"] }),
      helpdesk.getAgentScope(req.auth_context.actor_id),
    ])
    if (!ticket || !canSeeTicket(scope, ticket as any)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${req.params.id} was not found.`)
    }
    checked.helpdeskVisibleTicketId = req.params.id
    next()
  } catch (error) {
    next(error)
  }
}
