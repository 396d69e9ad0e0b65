import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskSettings } from "../../../modules/helpdesk"
import { validateAgentsStep } from "../../department/steps"
import { updateSettingsStep } from "../steps/update-settings"
import { AuditActor, recordAuditStep, snapshotForAuditStep, withoutActor } from "../../common/record-audit-step"
import { transform } from "@medusajs/framework/workflows-sdk"

export const updateSettingsWorkflowId = "update-helpdesk-settings"

/** Saves helpdesk settings, e.g. who the supervisors are. */
export const updateSettingsWorkflow = createWorkflow(
  updateSettingsWorkflowId,
  (input: WorkflowData<Partial<HelpdeskSettings> & AuditActor>) => {
    validateAgentsStep(transform({ input }, ({ input }) => input.supervisor_user_ids ?? []))
    const before = snapshotForAuditStep({ object_type: "settings" })
    const settings = updateSettingsStep(withoutActor<Partial<HelpdeskSettings>>(input))
    recordAuditStep({ object_type: "settings", actor_id: input.actor_id, before })
    return new WorkflowResponse(settings)
  }
)
