import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MailTemplateKind } from "../../../lib/templates/kinds"
import { TemplateLanguage } from "../../../lib/templates/language"
import { withoutTemplateOverride } from "../../../lib/templates/overrides"
import { AuditActor, recordAuditStep, snapshotForAuditStep } from "../../common/record-audit-step"
import { HelpdeskEvents } from "../../events"
import { getMailboxTemplatesStep, replaceMailboxTemplatesStep } from "../steps"

export const resetMailboxTemplateWorkflowId = "reset-mailbox-template"

export interface ResetMailboxTemplateInput {
  id: string
  kind: MailTemplateKind
  /** Only this language; without it, every language. */
  language?: TemplateLanguage
}

/** Brings one kind of a mailbox's mail back to the default text, legacy column included. */
export const resetMailboxTemplateWorkflow = createWorkflow(
  resetMailboxTemplateWorkflowId,
  (input: WorkflowData<ResetMailboxTemplateInput & AuditActor>) => {
    const mailbox = getMailboxTemplatesStep(input.id)
    const before = snapshotForAuditStep({ object_type: "mail_template", id: input.id })
    replaceMailboxTemplatesStep(
      transform({ mailbox, input }, ({ mailbox, input }) => ({
        id: input.id,
        ...withoutTemplateOverride(mailbox, input.kind, input.language),
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
