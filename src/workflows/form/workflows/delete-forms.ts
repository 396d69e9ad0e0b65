import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteFormsStep } from "../steps/delete-forms"

export const deleteFormsWorkflowId = "delete-forms"

export const deleteFormsWorkflow = createWorkflow(
  deleteFormsWorkflowId,
  (input: WorkflowData<{ ids: string[] }>) => new WorkflowResponse(deleteFormsStep(input.ids))
)
