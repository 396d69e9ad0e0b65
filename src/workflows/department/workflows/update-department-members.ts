import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateAssignmentStep } from "../../ticket/steps"
import { UpdateDepartmentMembersInput, updateDepartmentMembersStep, validateAgentsStep } from "../steps"

export const updateDepartmentMembersWorkflowId = "update-department-members"

/** Adds agents to a department and removes others. */
export const updateDepartmentMembersWorkflow = createWorkflow(
  updateDepartmentMembersWorkflowId,
  (input: WorkflowData<UpdateDepartmentMembersInput>) => {
    validateAssignmentStep(transform({ input }, ({ input }) => ({ department_id: input.department_id })))
    validateAgentsStep(transform({ input }, ({ input }) => input.add ?? []))
    return new WorkflowResponse(updateDepartmentMembersStep(input))
  }
)
