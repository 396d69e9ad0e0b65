import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteDepartmentsStep } from "../steps"
import { AuditActor, recordAuditStep, snapshotForAuditStep } from "../../common/record-audit-step"

export const deleteDepartmentsWorkflowId = "delete-departments"

export const deleteDepartmentsWorkflow = createWorkflow(
  deleteDepartmentsWorkflowId,
  (input: WorkflowData<{ ids: string[] } & AuditActor>) => {
    const before = snapshotForAuditStep({ object_type: "department", ids: input.ids })
    const deleted = deleteDepartmentsStep(input.ids)
    recordAuditStep({ object_type: "department", actor_id: input.actor_id, ids: input.ids, before })
    return new WorkflowResponse(deleted)
  }
)
