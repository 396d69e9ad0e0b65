import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteDepartmentsStep } from "../steps"

export const deleteDepartmentsWorkflowId = "delete-departments"

export const deleteDepartmentsWorkflow = createWorkflow(
  deleteDepartmentsWorkflowId,
  (input: WorkflowData<{ ids: string[] }>) => new WorkflowResponse(deleteDepartmentsStep(input.ids))
)
