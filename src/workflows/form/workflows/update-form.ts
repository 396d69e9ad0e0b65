import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateFormStep } from "../steps/update-form"
import { validateFormReferencesStep } from "../steps/validate-form-references"
import { FormChanges } from "../types"
import { AuditActor, recordAuditStep, snapshotForAuditStep, withoutActor } from "../../common/record-audit-step"

export const updateFormWorkflowId = "update-form"

export const updateFormWorkflow = createWorkflow(updateFormWorkflowId, (input: WorkflowData<FormChanges & AuditActor>) => {
  const changes = withoutActor<FormChanges>(input)
  validateFormReferencesStep(transform({ changes }, ({ changes }) => [changes]))
  const before = snapshotForAuditStep({ object_type: "form", id: input.id })
  const form = updateFormStep(changes)
  recordAuditStep({ object_type: "form", actor_id: input.actor_id, id: input.id, before })
  return new WorkflowResponse(form)
})
