import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"

/** The canned replies this agent is offered: global ones and their departments' (all for supervisors). */
export async function cannedRepliesFor(req: AuthenticatedMedusaRequest, id?: string) {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const scope = await helpdesk.getAgentScope(req.auth_context.actor_id)
  const filters: Record<string, unknown> = id ? { id } : {}
  if (!scope.supervisor) {
    filters.$or = [{ department_id: null }, ...(scope.department_ids.length ? [{ department_id: scope.department_ids }] : [])]
  }
  return helpdesk.listCannedReplies(filters, { order: { title: "ASC" }, take: 500 })
}

export async function findCannedReply(req: AuthenticatedMedusaRequest) {
  const [reply] = await cannedRepliesFor(req, req.params.id)
  if (!reply) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Canned reply ${req.params.id} was not found.`)
  }
  return reply
}
