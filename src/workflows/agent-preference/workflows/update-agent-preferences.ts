import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { saveAgentPreferencesStep } from "../steps/save-agent-preferences"
import { AgentPreferences } from "../types"

export const updateAgentPreferencesWorkflowId = "update-agent-preferences"

/** Saves how the signed-in agent wants the desk to look, e.g. history newest first (SPEC F-HISTORY). */
export const updateAgentPreferencesWorkflow = createWorkflow(
  updateAgentPreferencesWorkflowId,
  (input: WorkflowData<{ user_id: string; changes: Partial<AgentPreferences> }>) => {
    return new WorkflowResponse(saveAgentPreferencesStep(input))
  }
)
