import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { AuditActor, recordAuditStep, withoutActor } from "../../common/record-audit-step"
import { HelpdeskEvents } from "../../events"
import { createMailboxesStep, encryptMailboxPasswordsStep, validateMailboxStep } from "../steps"
import { MailboxInput } from "../types"

export const createMailboxWorkflowId = "create-mailbox"

/** Adds a mailbox (F-MAIL-IN); the mail job starts collecting it on its next run. */
export const createMailboxWorkflow = createWorkflow(
  createMailboxWorkflowId,
  (input: WorkflowData<MailboxInput & AuditActor>) => {
    const mailboxInput = withoutActor<MailboxInput>(input)
    validateMailboxStep(mailboxInput)
    const data = encryptMailboxPasswordsStep(mailboxInput)
    const created = createMailboxesStep(transform({ data }, ({ data }) => [data]))
    const mailbox = transform({ created }, ({ created }) => created[0])
    emitEventStep({
      eventName: HelpdeskEvents.MAILBOX_CREATED,
      data: transform({ mailbox }, ({ mailbox }) => ({ id: mailbox.id })),
    })
    recordAuditStep({ object_type: "mailbox", actor_id: input.actor_id, id: mailbox.id })
    return new WorkflowResponse(mailbox)
  }
)
