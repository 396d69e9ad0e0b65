import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { encryptMailboxPasswordsStep, updateMailboxStep, validateMailboxStep } from "../steps"
import { UpdateMailboxInput } from "../types"

export const updateMailboxWorkflowId = "update-mailbox"

export const updateMailboxWorkflow = createWorkflow(
  updateMailboxWorkflowId,
  (input: WorkflowData<UpdateMailboxInput>) => {
    validateMailboxStep(input)
    const data = encryptMailboxPasswordsStep(input)
    const mailbox = updateMailboxStep(transform({ data, input }, ({ data, input }) => ({ ...data, id: input.id })))
    emitEventStep({
      eventName: HelpdeskEvents.MAILBOX_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    return new WorkflowResponse(mailbox)
  }
)
