import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { encodeCursor } from "../../../../modules/helpdesk/search"
import { actorsById, auditLogFilters } from "./helpers"
import { AdminGetAuditLogParamsType } from "./validators"

const FIELDS = ["id", "actor_id", "object_type", "object_id", "object_name", "action", "changes", "created_at"]

/**
 * Who changed the helpdesk's configuration when, newest first, by keyset
 * pages (`next_cursor`), with the acting admin's name and email.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAuditLogParamsType>, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const params = req.validatedQuery
  // One more than the page tells whether another page follows.
  const rows = await helpdesk.listAuditEntries(auditLogFilters(params), {
    select: FIELDS,
    order: { created_at: "DESC", id: "DESC" },
    take: params.limit + 1,
  })
  const page = rows.slice(0, params.limit)
  const actors = await actorsById(req.scope, [...new Set(page.flatMap((e) => (e.actor_id ? [e.actor_id] : [])))])
  const last = page[page.length - 1]
  res.json({
    audit_entries: page.map((entry) => ({ ...entry, actor: entry.actor_id ? actors.get(entry.actor_id) ?? null : null })),
    next_cursor: rows.length > params.limit && last ? encodeCursor(last.created_at, last.id) : null,
    limit: params.limit,
  })
}
