import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFormsStep } from "../steps/delete-forms"
import { AuditActor, recordAuditStep, snapshotForAuditStep } from "../../common/record-audit-step"

export const deleteFormsWorkflowId = "delete-forms"

export const deleteFormsWorkflow = createWorkflow(
  deleteFormsWorkflowId,
  (input: WorkflowData<{ ids: string[] } & AuditActor>) => {
    const before = snapshotForAuditStep({ object_type: "form", ids: input.ids })
    const deleted = deleteFormsStep(input.ids)
    recordAuditStep({ object_type: "form", actor_id: input.actor_id, ids: input.ids, before })
    return new WorkflowResponse(deleted)
  }
)
