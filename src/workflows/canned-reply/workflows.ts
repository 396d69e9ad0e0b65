import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AuditActor, recordAuditStep, snapshotForAuditStep, withoutActor } from "../common/record-audit-step"
import { validateAssignmentStep } from "../ticket/steps"
import {
  CannedReplyInput,
  createCannedRepliesStep,
  deleteCannedRepliesStep,
  updateCannedReplyStep,
  validateTemplateStep,
} from "./steps"

/** Saves a canned reply, for every agent or one department (F-CANNED). */
export const createCannedReplyWorkflow = createWorkflow(
  "create-canned-reply",
  (input: WorkflowData<CannedReplyInput & AuditActor>) => {
    validateTemplateStep(input.body)
    validateAssignmentStep(transform({ input }, ({ input }) => ({ department_id: input.department_id })))
    const reply = withoutActor<CannedReplyInput>(input)
    const created = createCannedRepliesStep(transform({ reply }, ({ reply }) => [reply]))
    const cannedReply = transform({ created }, ({ created }) => created[0])
    recordAuditStep({ object_type: "canned_reply", actor_id: input.actor_id, id: cannedReply.id })
    return new WorkflowResponse(cannedReply)
  }
)

export const updateCannedReplyWorkflow = createWorkflow(
  "update-canned-reply",
  (input: WorkflowData<{ id: string } & Partial<CannedReplyInput> & AuditActor>) => {
    validateTemplateStep(input.body)
    validateAssignmentStep(transform({ input }, ({ input }) => ({ department_id: input.department_id })))
    const before = snapshotForAuditStep({ object_type: "canned_reply", id: input.id })
    const updated = updateCannedReplyStep(withoutActor<{ id: string } & Partial<CannedReplyInput>>(input))
    recordAuditStep({ object_type: "canned_reply", actor_id: input.actor_id, id: input.id, before })
    return new WorkflowResponse(updated)
  }
)

export const deleteCannedRepliesWorkflow = createWorkflow(
  "delete-canned-replies",
  (input: WorkflowData<{ ids: string[] } & AuditActor>) => {
    const before = snapshotForAuditStep({ object_type: "canned_reply", ids: input.ids })
    const deleted = deleteCannedRepliesStep(input.ids)
    recordAuditStep({ object_type: "canned_reply", actor_id: input.actor_id, ids: input.ids, before })
    return new WorkflowResponse(deleted)
  }
)
