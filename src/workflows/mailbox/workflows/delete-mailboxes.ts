import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { deleteMailboxesStep } from "../steps"

export const deleteMailboxesWorkflowId = "delete-mailboxes"

/** Removes mailboxes; their tickets and imported mail stay. */
export const deleteMailboxesWorkflow = createWorkflow(
  deleteMailboxesWorkflowId,
  (input: WorkflowData<{ ids: string[] }>) => {
    const deleted = deleteMailboxesStep(input.ids)
    emitEventStep({
      eventName: HelpdeskEvents.MAILBOX_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    return new WorkflowResponse(deleted)
  }
)
