import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateDepartmentInput, updateDepartmentStep } from "../steps"
import { AuditActor, recordAuditStep, snapshotForAuditStep, withoutActor } from "../../common/record-audit-step"

export const updateDepartmentWorkflowId = "update-department"

export const updateDepartmentWorkflow = createWorkflow(
  updateDepartmentWorkflowId,
  (input: WorkflowData<UpdateDepartmentInput & AuditActor>) => {
    const before = snapshotForAuditStep({ object_type: "department", id: input.id })
    const department = updateDepartmentStep(withoutActor<UpdateDepartmentInput>(input))
    recordAuditStep({ object_type: "department", actor_id: input.actor_id, id: input.id, before })
    return new WorkflowResponse(department)
  }
)
