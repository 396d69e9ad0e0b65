import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CreateDepartmentInput, createDepartmentsStep } from "../steps"

export const createDepartmentsWorkflowId = "create-departments"

export const createDepartmentsWorkflow = createWorkflow(
  createDepartmentsWorkflowId,
  (input: WorkflowData<{ departments: CreateDepartmentInput[] }>) =>
    new WorkflowResponse(createDepartmentsStep(input.departments))
)
