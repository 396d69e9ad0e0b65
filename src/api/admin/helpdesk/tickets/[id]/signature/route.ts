import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { replySignature } from "../../../../../../lib/mail/compose/reply-signature"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { loadReplyContext } from "../../../../../../workflows/ticket/utils/reply-context"

/**
 * What the reply editor shows under the text: the mailbox a reply goes out
 * from and its signature filled in for this ticket and agent. `mailbox: null`
 * when there is none (the reply then shows only in the customer's cabinet).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const context = await loadReplyContext(helpdesk, query, req.params.id, req.auth_context.actor_id)
  const { mailbox } = context
  res.json({
    mailbox: mailbox ? { id: mailbox.id, name: mailbox.name, address: mailbox.address, reply_mode: mailbox.reply_mode } : null,
    signature: mailbox ? replySignature({ ...context, mailbox }) : null,
  })
}
