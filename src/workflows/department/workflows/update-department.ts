import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { UpdateDepartmentInput, updateDepartmentStep } from "../steps"

export const updateDepartmentWorkflowId = "update-department"

export const updateDepartmentWorkflow = createWorkflow(
  updateDepartmentWorkflowId,
  (input: WorkflowData<UpdateDepartmentInput>) => new WorkflowResponse(updateDepartmentStep(input))
)
