import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AuditActor, recordAuditStep, snapshotForAuditStep } from "../../common/record-audit-step"
import { HelpdeskEvents } from "../../events"
import { deleteMailboxesStep } from "../steps"

export const deleteMailboxesWorkflowId = "delete-mailboxes"

/** Removes mailboxes; their tickets and imported mail stay. */
export const deleteMailboxesWorkflow = createWorkflow(
  deleteMailboxesWorkflowId,
  (input: WorkflowData<{ ids: string[] } & AuditActor>) => {
    const before = snapshotForAuditStep({ object_type: "mailbox", ids: input.ids })
    const deleted = deleteMailboxesStep(input.ids)
    emitEventStep({
      eventName: HelpdeskEvents.MAILBOX_DELETED,
      data: transform({ deleted }, ({ deleted }) => deleted.map((id) => ({ id }))),
    })
    recordAuditStep({ object_type: "mailbox", actor_id: input.actor_id, ids: input.ids, before })
    return new WorkflowResponse(deleted)
  }
)
