import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { hasSubject, isMailTemplateKind, KIND_VARIABLES, MailTemplateKind } from "../../../../lib/templates/kinds"
import { TEMPLATE_LANGUAGES } from "../../../../lib/templates/language"
import { resolveMailboxTemplate } from "../../../../lib/templates/mail-templates"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { MAILBOX_TEMPLATE_FIELDS, MailboxTemplatesRow } from "../../../../workflows/mailbox/steps/get-mailbox-templates"

export async function retrieveMailboxTemplates(container: MedusaContainer, id: string): Promise<MailboxTemplatesRow> {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const [mailbox] = await helpdesk.listMailboxes({ id }, { select: MAILBOX_TEMPLATE_FIELDS })
  if (!mailbox) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Mailbox ${id} was not found.`)
  return mailbox as unknown as MailboxTemplatesRow
}

/** The `:kind` of a templates route; a kind that does not exist is a missing resource. */
export function templateKindParam(kind: string): MailTemplateKind {
  if (!isMailTemplateKind(kind)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no mail template kind "${kind}".`)
  }
  return kind
}

/** One kind as the admin edits it: what is sent in each language, whether that is the mailbox's own, and what it may use. */
export function describeMailTemplate(mailbox: MailboxTemplatesRow, kind: MailTemplateKind) {
  return {
    kind,
    has_subject: hasSubject(kind),
    variables: KIND_VARIABLES[kind],
    languages: Object.fromEntries(TEMPLATE_LANGUAGES.map((language) => [language, resolveMailboxTemplate(mailbox, kind, language)])),
  }
}
