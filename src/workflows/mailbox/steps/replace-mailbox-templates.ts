import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MailboxTemplateOverrides } from "../../../lib/templates/mail-templates"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const replaceMailboxTemplatesStepId = "replace-mailbox-templates"

export interface ReplaceMailboxTemplatesInput {
  id: string
  templates: MailboxTemplateOverrides
  /** Legacy columns (signature, receipt_template, confirmation_template) a reset clears. */
  [column: string]: unknown
}

/** Stores a mailbox's overrides as given, dropping the ones left out; compensation writes back the previous ones. */
export const replaceMailboxTemplatesStep = createStep(
  replaceMailboxTemplatesStepId,
  async ({ id, ...changes }: ReplaceMailboxTemplatesInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const fields = Object.keys(changes)
    const [before] = (await helpdesk.listMailboxes({ id }, { select: ["id", ...fields] })) as unknown as Record<string, unknown>[]
    const empty = !Object.keys(changes.templates).length
    await helpdesk.replaceMailboxTemplates(id, { ...changes, templates: empty ? null : changes.templates })
    const previous = Object.fromEntries(fields.map((field) => [field, before?.[field] ?? null]))
    return new StepResponse(true, { id, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.replaceMailboxTemplates(undo.id, undo.previous as { templates: Record<string, unknown> | null })
  }
)
