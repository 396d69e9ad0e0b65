import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MailTemplateKind } from "../../../lib/templates/kinds"
import { TemplateLanguage } from "../../../lib/templates/language"
import { TemplateOverrideChange, withTemplateOverride } from "../../../lib/templates/overrides"
import { AuditActor, recordAuditStep, snapshotForAuditStep } from "../../common/record-audit-step"
import { HelpdeskEvents } from "../../events"
import { getMailboxTemplatesStep, replaceMailboxTemplatesStep, validateMailboxTemplatesStep } from "../steps"

export const saveMailboxTemplateWorkflowId = "save-mailbox-template"

export type SaveMailboxTemplateInput = { id: string; kind: MailTemplateKind; language: TemplateLanguage } & TemplateOverrideChange

/**
 * Overrides one kind of a mailbox's mail in one language. A part left out
 * stays as it is; a part set to null falls back to the mailbox's legacy column
 * or the default. Other kinds and languages are kept.
 */
export const saveMailboxTemplateWorkflow = createWorkflow(
  saveMailboxTemplateWorkflowId,
  (input: WorkflowData<SaveMailboxTemplateInput & AuditActor>) => {
    validateMailboxTemplatesStep(
      transform({ input }, ({ input }) => ({
        templates: { [input.kind]: { [input.language]: { subject: input.subject ?? undefined, body: input.body ?? undefined } } },
      }))
    )
    const mailbox = getMailboxTemplatesStep(input.id)
    const before = snapshotForAuditStep({ object_type: "mail_template", id: input.id })
    replaceMailboxTemplatesStep(
      transform({ mailbox, input }, ({ mailbox, input }) => ({
        id: input.id,
        templates: withTemplateOverride(mailbox, input.kind, input.language, { subject: input.subject, body: input.body }),
      }))
    )
    emitEventStep({
      eventName: HelpdeskEvents.MAILBOX_UPDATED,
      data: transform({ input }, ({ input }) => ({ id: input.id })),
    })
    recordAuditStep({ object_type: "mail_template", actor_id: input.actor_id, id: input.id, before })
    return new WorkflowResponse(transform({ input }, ({ input }) => ({ id: input.id })))
  }
)
