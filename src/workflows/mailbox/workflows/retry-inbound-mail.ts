import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { prepareInboundMailRetryStep } from "../steps/prepare-inbound-mail-retry"
import { importInboundMailsWorkflow } from "./import-inbound-mails"

export const retryInboundMailWorkflowId = "retry-inbound-mail"

/** An agent's "Retry" on a skipped or unprocessable mail: parse again and import it, past the filters that held it. */
export const retryInboundMailWorkflow = createWorkflow(
  retryInboundMailWorkflowId,
  (input: WorkflowData<{ id: string }>) => {
    const prepared = prepareInboundMailRetryStep(input)
    const result = importInboundMailsWorkflow.runAsStep({
      input: transform({ prepared }, ({ prepared }) => ({
        mailbox_id: prepared.mailbox_id,
        mails: [prepared.payload],
        force: true,
      })),
    })
    return new WorkflowResponse(result)
  }
)
