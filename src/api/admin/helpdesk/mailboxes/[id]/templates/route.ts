import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MAIL_TEMPLATE_KINDS } from "../../../../../../lib/templates/kinds"
import { describeMailTemplate, retrieveMailboxTemplates } from "../../template-helpers"

/** Every kind of mail the mailbox sends, as it is sent in each language. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const mailbox = await retrieveMailboxTemplates(req.scope, req.params.id)
  res.json({ templates: MAIL_TEMPLATE_KINDS.map((kind) => describeMailTemplate(mailbox, kind)) })
}
