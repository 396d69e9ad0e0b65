import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createFormsStep } from "../steps/create-forms"
import { validateFormReferencesStep } from "../steps/validate-form-references"
import { FormInput } from "../types"
import { AuditActor, idsOfRows, recordAuditStep } from "../../common/record-audit-step"

export const createFormsWorkflowId = "create-forms"

export const createFormsWorkflow = createWorkflow(createFormsWorkflowId, (input: WorkflowData<{ forms: FormInput[] } & AuditActor>) => {
  validateFormReferencesStep(input.forms)
  const forms = createFormsStep(input.forms)
  recordAuditStep({ object_type: "form", actor_id: input.actor_id, ids: idsOfRows(forms) })
  return new WorkflowResponse(forms)
})
