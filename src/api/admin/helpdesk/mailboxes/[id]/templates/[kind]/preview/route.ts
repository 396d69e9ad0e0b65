import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { templateLanguage } from "../../../../../../../../lib/templates/language"
import { mailboxTemplate } from "../../../../../../../../lib/templates/mail-templates"
import { previewMailTemplate } from "../../../../../../../../lib/templates/preview"
import { TemplateError } from "../../../../../../../../lib/templates/render"
import { retrieveMailboxTemplates, templateKindParam } from "../../../../template-helpers"
import { AdminPreviewMailTemplateType } from "../../../../validators"

/**
 * The mail as a customer or agent would get it, filled with sample values: a
 * draft's subject or body where given, else what the mailbox sends now. In
 * the mailbox's language unless `language` says otherwise.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminPreviewMailTemplateType>, res: MedusaResponse) => {
  const kind = templateKindParam(req.params.kind)
  const mailbox = await retrieveMailboxTemplates(req.scope, req.params.id)
  const { language, subject, body } = req.validatedBody
  const current = mailboxTemplate(mailbox, kind, language ?? templateLanguage(mailbox.language))
  try {
    res.json(previewMailTemplate(kind, { subject: subject ?? current.subject, body: body ?? current.body }))
  } catch (error) {
    if (error instanceof TemplateError) throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    throw error
  }
}
