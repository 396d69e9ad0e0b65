import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { AgentPreferences, DEFAULT_AGENT_PREFERENCES } from "../types"

export const saveAgentPreferencesStepId = "save-agent-preferences"

const KEYS = Object.keys(DEFAULT_AGENT_PREFERENCES) as (keyof AgentPreferences)[]

/** Writes an agent's preferences (a row per agent, made on first save); compensation restores them. */
export const saveAgentPreferencesStep = createStep(
  saveAgentPreferencesStepId,
  async (input: { user_id: string; changes: Partial<AgentPreferences> }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [existing] = await helpdesk.listAgentPreferences({ user_id: input.user_id })
    if (existing) {
      const before = Object.fromEntries(KEYS.map((k) => [k, existing[k]])) as unknown as AgentPreferences
      const saved = await helpdesk.updateAgentPreferences({ id: existing.id, ...input.changes })
      return new StepResponse(saved, { id: existing.id, before: before as AgentPreferences | null })
    }
    const created = await helpdesk.createAgentPreferences({ user_id: input.user_id, ...DEFAULT_AGENT_PREFERENCES, ...input.changes })
    return new StepResponse(created, { id: created.id, before: null as AgentPreferences | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (undo.before) await helpdesk.updateAgentPreferences({ id: undo.id, ...undo.before })
    else await helpdesk.deleteAgentPreferences(undo.id)
  }
)
