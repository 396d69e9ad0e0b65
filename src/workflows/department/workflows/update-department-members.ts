import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateAssignmentStep } from "../../ticket/steps"
import { UpdateDepartmentMembersInput, updateDepartmentMembersStep, validateAgentsStep } from "../steps"
import { AuditActor, recordAuditStep, snapshotForAuditStep } from "../../common/record-audit-step"

export const updateDepartmentMembersWorkflowId = "update-department-members"

/** Adds agents to a department and removes others. */
export const updateDepartmentMembersWorkflow = createWorkflow(
  updateDepartmentMembersWorkflowId,
  (input: WorkflowData<UpdateDepartmentMembersInput & AuditActor>) => {
    validateAssignmentStep(transform({ input }, ({ input }) => ({ department_id: input.department_id })))
    validateAgentsStep(transform({ input }, ({ input }) => input.add ?? []))
    const before = snapshotForAuditStep({ object_type: "department_member", id: input.department_id })
    const added = updateDepartmentMembersStep(input)
    recordAuditStep({ object_type: "department_member", actor_id: input.actor_id, id: input.department_id, before })
    return new WorkflowResponse(added)
  }
)
