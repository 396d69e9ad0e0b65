import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEGACY_TEMPLATE_COLUMNS, MailboxTemplateFields, MailboxTemplateOverrides } from "../../../lib/templates/mail-templates"
import { TemplateError } from "../../../lib/templates/render"
import { templateOverrideProblems } from "../../../lib/templates/overrides"
import { validateKindTemplate } from "../../../lib/templates/validate-kind-template"

export const validateMailboxTemplatesStepId = "validate-mailbox-templates"

/**
 * Throws INVALID_DATA naming the kind and the variable when a mailbox's
 * templates (the `templates` overrides or a legacy column) use a variable that
 * does not exist or that their kind of mail cannot fill.
 */
export function assertMailboxTemplates(input: MailboxTemplateFields): void {
  for (const [kind, column] of Object.entries(LEGACY_TEMPLATE_COLUMNS) as [keyof typeof LEGACY_TEMPLATE_COLUMNS, keyof MailboxTemplateFields][]) {
    const template = input[column]
    if (typeof template !== "string" || !template) continue
    try {
      validateKindTemplate(kind, "body", template)
    } catch (error) {
      if (error instanceof TemplateError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${column}: ${error.message}`)
      throw error
    }
  }
  const problems = templateOverrideProblems((input.templates ?? null) as MailboxTemplateOverrides | null)
  if (problems.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.map((p) => p.message).join(" "))
  }
}

/** Refuses a template when it is saved, not when its mail is sent (SPEC §6 "Templates"). */
export const validateMailboxTemplatesStep = createStep(validateMailboxTemplatesStepId, async (input: MailboxTemplateFields) => {
  assertMailboxTemplates(input)
  return new StepResponse(true)
})
