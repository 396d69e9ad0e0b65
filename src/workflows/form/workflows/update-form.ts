import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateFormStep } from "../steps/update-form"
import { validateFormReferencesStep } from "../steps/validate-form-references"
import { FormChanges } from "../types"

export const updateFormWorkflowId = "update-form"

export const updateFormWorkflow = createWorkflow(updateFormWorkflowId, (input: WorkflowData<FormChanges>) => {
  validateFormReferencesStep(transform({ input }, ({ input }) => [input]))
  return new WorkflowResponse(updateFormStep(input))
})
