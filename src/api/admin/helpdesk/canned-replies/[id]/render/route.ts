import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { renderTemplate } from "../../../../../../lib/templates/render"
import { canSeeTicket, HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../../modules/helpdesk"
import { agentNames } from "../../../../../../workflows/ticket/utils/agent-names"
import { findCannedReply } from "../../helpers"
import { AdminRenderCannedReplyType } from "../../validators"

/** The canned reply filled in for a ticket, ready to insert into the reply editor. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminRenderCannedReplyType>, res: MedusaResponse) => {
  const reply = await findCannedReply(req)
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const agentId = req.auth_context.actor_id
  const [[ticket], scope] = await Promise.all([
    helpdesk.listTickets({ id: req.validatedBody.ticket_id }),
    helpdesk.getAgentScope(agentId),
  ])
  if (!ticket || !canSeeTicket(scope, ticket as any)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${req.validatedBody.ticket_id} was not found.`)
  }
  const [names, [store]] = await Promise.all([
    agentNames(req.scope.resolve(ContainerRegistrationKeys.QUERY), [agentId]),
    req.scope.resolve(Modules.STORE).listStores({}, { select: ["name"] }),
  ])
  const body = renderTemplate(reply.body, {
    MY_NAME: (names.get(agentId) ?? "").replace(/ <.*>$/, ""),
    CUSTOMER_NAME: ticket.contact_name || ticket.contact_email,
    TICKET_NUMBER: ticket.number,
    TICKET_SUBJECT: ticket.subject,
    STORE_NAME: store?.name ?? "",
  })
  res.json({ body })
}
