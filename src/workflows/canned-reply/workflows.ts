import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
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
  (input: WorkflowData<CannedReplyInput>) => {
    validateTemplateStep(input.body)
    validateAssignmentStep(transform({ input }, ({ input }) => ({ department_id: input.department_id })))
    const created = createCannedRepliesStep(transform({ input }, ({ input }) => [input]))
    return new WorkflowResponse(transform({ created }, ({ created }) => created[0]))
  }
)

export const updateCannedReplyWorkflow = createWorkflow(
  "update-canned-reply",
  (input: WorkflowData<{ id: string } & Partial<CannedReplyInput>>) => {
    validateTemplateStep(input.body)
    validateAssignmentStep(transform({ input }, ({ input }) => ({ department_id: input.department_id })))
    return new WorkflowResponse(updateCannedReplyStep(input))
  }
)

export const deleteCannedRepliesWorkflow = createWorkflow(
  "delete-canned-replies",
  (input: WorkflowData<{ ids: string[] }>) => new WorkflowResponse(deleteCannedRepliesStep(input.ids))
)
