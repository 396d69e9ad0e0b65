import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MailboxTemplateFields } from "../../../lib/templates/mail-templates"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const getMailboxTemplatesStepId = "get-mailbox-templates"

export const MAILBOX_TEMPLATE_FIELDS = ["id", "language", "signature", "receipt_template", "confirmation_template", "templates"]

export type MailboxTemplatesRow = MailboxTemplateFields & { id: string; language: string | null }

/** The template columns of a mailbox, which an edit of one template is merged into. */
export const getMailboxTemplatesStep = createStep(getMailboxTemplatesStepId, async (id: string, { container }) => {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const [mailbox] = await helpdesk.listMailboxes({ id }, { select: MAILBOX_TEMPLATE_FIELDS })
  if (!mailbox) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Mailbox ${id} was not found.`)
  return new StepResponse(mailbox as unknown as MailboxTemplatesRow)
})
