import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { createMailboxesStep, encryptMailboxPasswordsStep, validateMailboxStep } from "../steps"
import { MailboxInput } from "../types"

export const createMailboxWorkflowId = "create-mailbox"

/** Adds a mailbox (F-MAIL-IN); the mail job starts collecting it on its next run. */
export const createMailboxWorkflow = createWorkflow(
  createMailboxWorkflowId,
  (input: WorkflowData<MailboxInput>) => {
    validateMailboxStep(input)
    const data = encryptMailboxPasswordsStep(input)
    const created = createMailboxesStep(transform({ data }, ({ data }) => [data]))
    const mailbox = transform({ created }, ({ created }) => created[0])
    emitEventStep({
      eventName: HelpdeskEvents.MAILBOX_CREATED,
      data: transform({ mailbox }, ({ mailbox }) => ({ id: mailbox.id })),
    })
    return new WorkflowResponse(mailbox)
  }
)
