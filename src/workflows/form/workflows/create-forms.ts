import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFormsStep } from "../steps/create-forms"
import { validateFormReferencesStep } from "../steps/validate-form-references"
import { FormInput } from "../types"

export const createFormsWorkflowId = "create-forms"

export const createFormsWorkflow = createWorkflow(createFormsWorkflowId, (input: WorkflowData<{ forms: FormInput[] }>) => {
  validateFormReferencesStep(input.forms)
  return new WorkflowResponse(createFormsStep(input.forms))
})
