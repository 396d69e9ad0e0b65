import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../modules/helpdesk"
import { AgentPreferences, DEFAULT_AGENT_PREFERENCES, updateAgentPreferencesWorkflow } from "../../../../../workflows"
import { AdminUpdateAgentPreferencesType } from "./validators"

const view = (row: Partial<AgentPreferences> | undefined): AgentPreferences => ({
  history_order: row?.history_order ?? DEFAULT_AGENT_PREFERENCES.history_order,
})

/** The signed-in agent's own preferences; every agent reads and sets only their own. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [row] = await helpdesk.listAgentPreferences({ user_id: req.auth_context.actor_id })
  res.json({ preferences: view(row as Partial<AgentPreferences> | undefined) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateAgentPreferencesType>, res: MedusaResponse) => {
  const { result } = await updateAgentPreferencesWorkflow(req.scope).run({
    input: { user_id: req.auth_context.actor_id, changes: req.validatedBody },
  })
  res.json({ preferences: view(result as Partial<AgentPreferences>) })
}
