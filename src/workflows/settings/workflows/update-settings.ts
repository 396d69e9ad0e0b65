import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskSettings } from "../../../modules/helpdesk"
import { validateAgentsStep } from "../../department/steps"
import { updateSettingsStep } from "../steps/update-settings"
import { transform } from "@medusajs/framework/workflows-sdk"

export const updateSettingsWorkflowId = "update-helpdesk-settings"

/** Saves helpdesk settings, e.g. who the supervisors are. */
export const updateSettingsWorkflow = createWorkflow(
  updateSettingsWorkflowId,
  (input: WorkflowData<Partial<HelpdeskSettings>>) => {
    validateAgentsStep(transform({ input }, ({ input }) => input.supervisor_user_ids ?? []))
    return new WorkflowResponse(updateSettingsStep(input))
  }
)
