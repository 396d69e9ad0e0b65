import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ACTION_NOT_ALLOWED, canSeeTicket, HELPDESK_MODULE, HelpdeskModuleService, TICKET_CLAIMED } from "../../../../modules/helpdesk"
import { assignTicketWorkflow, transitionTicketWorkflow } from "../../../../workflows"
import { AdminBulkTicketActionType } from "./validators"

export type BulkRowResult =
  | { ticket_id: string; ok: true }
  | { ticket_id: string; ok: false; status: 404 | 409 | 422 | 500; message: string }

/**
 * One action on several tickets from the list (assign, close, delete,
 * restore). Each ticket goes through its own workflow, with the same rules
 * as on its page — visibility, the action matrix, claims — so some may be
 * refused while the rest are done: the answer says, ticket by ticket, which.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminBulkTicketActionType>, res: MedusaResponse) => {
  const { action, ticket_ids, assignee_id, department_id, comment } = req.validatedBody
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const ids = [...new Set(ticket_ids)]
  const [tickets, scope] = await Promise.all([
    helpdesk.listTickets({ id: ids }, { select: ["id", "department_id", "assignee_id"] }),
    helpdesk.getAgentScope(req.auth_context.actor_id),
  ])
  const visible = new Set(tickets.filter((t) => canSeeTicket(scope, t as any)).map((t) => t.id))
  const actor = { type: "agent" as const, id: req.auth_context.actor_id }

  const results: BulkRowResult[] = []
  for (const ticketId of ids) {
    if (!visible.has(ticketId)) {
      results.push({ ticket_id: ticketId, ok: false, status: 404, message: `Ticket ${ticketId} was not found.` })
      continue
    }
    const run =
      action === "assign"
        ? () => assignTicketWorkflow(req.scope).run({ input: { ticket_id: ticketId, actor, assignee_id, department_id, comment } })
        : () => transitionTicketWorkflow(req.scope).run({ input: { ticket_id: ticketId, action, actor, comment: comment ?? null } })
    results.push(await rowResult(req.scope, ticketId, run))
  }
  const done = results.filter((r) => r.ok).length
  res.json({ action, done, refused: results.length - done, results })
}

async function rowResult(scope: MedusaContainer, ticketId: string, run: () => Promise<unknown>): Promise<BulkRowResult> {
  try {
    await run()
    return { ticket_id: ticketId, ok: true }
  } catch (error) {
    const e = error as { code?: string; type?: string; message?: string }
    if (e.code === ACTION_NOT_ALLOWED || e.code === TICKET_CLAIMED) return { ticket_id: ticketId, ok: false, status: 409, message: e.message ?? "Not allowed." }
    if (e.type === "not_found") return { ticket_id: ticketId, ok: false, status: 404, message: e.message ?? "Not found." }
    if (e.type === "invalid_data" || e.type === "not_allowed") return { ticket_id: ticketId, ok: false, status: 422, message: e.message ?? "Refused." }
    // One ticket's failure must not hide what was done to the others; it is logged for the merchant.
    scope.resolve(ContainerRegistrationKeys.LOGGER).error(`medusa-helpdesk: bulk action on ${ticketId} failed: ${e.message}`)
    return { ticket_id: ticketId, ok: false, status: 500, message: "This ticket could not be changed; the error is in the store's log." }
  }
}
