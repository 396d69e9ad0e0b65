import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { claimMailboxLeaseStep, collectMailStep, finishMailCollectionStep } from "../steps"

export const collectMailboxWorkflowId = "collect-mailbox"

/**
 * One collection run of one mailbox (F-MAIL-COLLECT), run by the mail job and
 * by "Check mail now". `busy` when another process is collecting it.
 */
export const collectMailboxWorkflow = createWorkflow(
  collectMailboxWorkflowId,
  (input: WorkflowData<{ mailbox_id: string }>) => {
    const lease = claimMailboxLeaseStep(input)
    const summary = collectMailStep({ mailbox_id: input.mailbox_id, lease })
    finishMailCollectionStep({ mailbox_id: input.mailbox_id, lease, summary })
    return new WorkflowResponse(
      transform({ lease, summary }, ({ lease, summary }) => ({ busy: !lease.claimed, ...(summary ?? {}) }))
    )
  }
)
