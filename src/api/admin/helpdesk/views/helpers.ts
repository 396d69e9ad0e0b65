import { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { checkViewFilters } from "./validators"

/** Views the agent may use: their own, shared with everyone, and shared with them. */
export async function viewsFor(req: AuthenticatedMedusaRequest) {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const me = req.auth_context.actor_id
  const views = await helpdesk.listSavedViews(
    { $or: [{ owner_id: me }, { visibility: "everyone" }, { visibility: "agents" }] },
    { order: { position: "ASC", created_at: "ASC" }, take: 500 }
  )
  return views.filter(
    (v) => v.owner_id === me || v.visibility === "everyone" || (v.shared_with as string[]).includes(me)
  )
}

/** A view the agent may change: their own, or any for a supervisor. */
export async function ownView(req: AuthenticatedMedusaRequest) {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [view] = await helpdesk.listSavedViews({ id: req.params.id })
  const mine = view && view.owner_id === req.auth_context.actor_id
  const visible = view && (await viewsFor(req)).some((v) => v.id === view.id)
  if (!view || !visible) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Saved view ${req.params.id} was not found.`)
  }
  if (!mine && !(await helpdesk.getAgentScope(req.auth_context.actor_id)).supervisor) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only the agent who saved this view (or a supervisor) can change it.")
  }
  return view
}

export function validFilters(filters: Record<string, unknown>) {
  try {
    checkViewFilters(filters)
  } catch (error) {
    const issues = error instanceof z.ZodError ? error.issues.map((i) => `${i.path.join(".") || "filters"}: ${i.message}`) : []
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid view filters: ${issues.join("; ") || (error as Error).message}`)
  }
  return filters
}
