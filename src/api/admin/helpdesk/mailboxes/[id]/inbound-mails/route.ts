import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { AdminGetInboundMailsParamsType } from "../../validators"

/** The mailbox's mail log: what every mail became, and why a mail was skipped or failed. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetInboundMailsParamsType>, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  await helpdesk.retrieveMailbox(req.params.id, { select: ["id"] })
  const { status, limit, offset } = req.validatedQuery as AdminGetInboundMailsParamsType
  const [inbound_mails, count] = await helpdesk.listAndCountInboundMails(
    { mailbox_id: req.params.id, ...(status ? { status } : {}) },
    {
      select: ["id", "uid", "message_id", "from_address", "subject", "sent_at", "size", "status", "reason", "auto", "ticket_id", "ticket_message_id", "attempts", "created_at", "updated_at"],
      order: { created_at: "DESC" },
      take: limit,
      skip: offset,
    }
  )
  res.json({ inbound_mails, count, offset, limit })
}
