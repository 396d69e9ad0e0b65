import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatAddress } from "../../../lib/mail/compose/address"
import { composeForwardMail } from "../../../lib/mail/compose/forward-mail"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { loadReplyContext } from "../utils/reply-context"
import { ComposedReply } from "./compose-reply-mail"

export const composeForwardMailStepId = "compose-forward-mail"

export interface ComposeForwardMailInput {
  ticket_id: string
  message_id: string
  to: string
  body_text: string
}

/** The mail a forward for discussion becomes, quoting the customer's latest message. */
export const composeForwardMailStep = createStep(
  composeForwardMailStepId,
  async (input: ComposeForwardMailInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const context = await loadReplyContext(helpdesk, query, input.ticket_id, null)
    if (!context.mailbox) {
      return new StepResponse<ComposedReply>({
        mail: null,
        problem: "No mailbox to send from (the ticket came from no mailbox and no default mailbox is set): the forward was not sent.",
      })
    }
    const [request] = await helpdesk.listTicketMessages(
      { ticket_id: input.ticket_id, kind: "message", author_type: "customer" },
      { select: ["author_email", "author_name", "body_text", "created_at"], order: { created_at: "DESC" }, take: 1 }
    )
    const mail = composeForwardMail({
      ticket: context.ticket,
      mailbox: context.mailbox,
      message_id: input.message_id,
      to: input.to,
      body_text: input.body_text,
      request: request
        ? {
            author: formatAddress(request.author_email ?? context.ticket.contact_email, request.author_name ?? context.ticket.contact_name),
            sent_at: request.created_at,
            body_text: request.body_text,
          }
        : null,
      forward_tag: helpdesk.getOptions().forwardTag,
    })
    return new StepResponse<ComposedReply>({ mail, problem: null })
  }
)
