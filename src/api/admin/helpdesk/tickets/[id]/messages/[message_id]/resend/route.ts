import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../../../modules/helpdesk"
import { resendOutboundMailsWorkflow } from "../../../../../../../../workflows"
import { refetchTicket, runTicketAction, withTimeline } from "../../../../helpers"

/** *Resend* a message whose delivery failed: the same mail, under the same Message-ID. 409 unless it failed. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [message] = await helpdesk.listTicketMessages({ id: req.params.message_id, ticket_id: req.params.id }, { select: ["id"] })
  const [mail] = message
    ? await helpdesk.listOutboundMails({ ticket_message_id: message.id }, { select: ["id"], order: { created_at: "DESC" }, take: 1 })
    : []
  if (!mail) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Message ${req.params.message_id} of this ticket was not sent by mail.`)
  }
  const ran = await runTicketAction(res, () =>
    resendOutboundMailsWorkflow(req.scope).run({
      input: { ids: [mail.id], ticket_id: req.params.id, actor: { type: "agent", id: req.auth_context.actor_id } },
    })
  )
  if (ran) {
    res.json({ ticket: withTimeline(await refetchTicket(req.scope, req.params.id)) })
  }
}
