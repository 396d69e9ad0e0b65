import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MailServerKind, PASSWORD_FIELD } from "../../../lib/crypto/mailbox-password"
import { AuditActor, recordAuditStep, snapshotForAuditStep, withoutActor } from "../../common/record-audit-step"
import { HelpdeskEvents } from "../../events"
import { encryptMailboxPasswordsStep, updateMailboxStep, validateMailboxStep } from "../steps"
import { UpdateMailboxInput } from "../types"

const PLAIN_PASSWORD = { imap: "imap_password", smtp: "smtp_password", noreply: "noreply_smtp_password" } as const

export const updateMailboxWorkflowId = "update-mailbox"

/**
 * Edits a mailbox. Returns it with `passwords_cleared`: the servers ("imap",
 * "smtp") whose host, port, user or TLS changed without a new password, so
 * their stored password was dropped and must be entered again.
 */
export const updateMailboxWorkflow = createWorkflow(
  updateMailboxWorkflowId,
  (input: WorkflowData<UpdateMailboxInput & AuditActor>) => {
    const mailboxInput = withoutActor<UpdateMailboxInput>(input)
    validateMailboxStep(mailboxInput)
    const before = snapshotForAuditStep({ object_type: "mailbox", id: input.id })
    const data = encryptMailboxPasswordsStep(mailboxInput)
    const mailbox = updateMailboxStep(transform({ data, input }, ({ data, input }) => ({ ...data, id: input.id })))
    emitEventStep({
      eventName: HelpdeskEvents.MAILBOX_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    recordAuditStep({ object_type: "mailbox", actor_id: input.actor_id, id: input.id, before })
    const result = transform({ mailbox, data, input }, ({ mailbox, data, input }) => ({
      mailbox,
      passwords_cleared: (["imap", "smtp", "noreply"] as MailServerKind[]).filter(
        (kind) => data[PASSWORD_FIELD[kind]] === null && input[PLAIN_PASSWORD[kind]] === undefined
      ),
    }))
    return new WorkflowResponse(result)
  }
)
