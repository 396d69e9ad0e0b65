import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatAddress } from "../../../lib/mail/compose/address"
import { composeForwardMail } from "../../../lib/mail/compose/forward-mail"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService, OutboundAttachment } from "../../../modules/helpdesk"
import { loadReplyContext } from "../utils/reply-context"
import { ComposedReply } from "./compose-reply-mail"

export const composeForwardMailStepId = "compose-forward-mail"

export interface ComposeForwardMailInput {
  ticket_id: string
  message_id: string
  to: string
  body_text: string
  /** Attachments of the ticket's messages to send along. */
  attachment_ids: string[]
  /** Files uploaded with the forward. */
  uploads: OutboundAttachment[]
}

/** The mail a forward for discussion becomes, quoting the customer's latest message. */
export const composeForwardMailStep = createStep(
  composeForwardMailStepId,
  async (input: ComposeForwardMailInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const chosen = await chosenAttachments(helpdesk, input.ticket_id, input.attachment_ids)
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
      attachments: [...chosen, ...input.uploads],
    })
    return new StepResponse<ComposedReply>({ mail, problem: null })
  }
)

/** The ticket's attachments named by id; an id of another ticket's file is refused, never sent. */
async function chosenAttachments(helpdesk: HelpdeskModuleService, ticketId: string, ids: string[]): Promise<OutboundAttachment[]> {
  if (!ids.length) return []
  const found = await helpdesk.listTicketAttachments(
    { id: [...new Set(ids)], message: { ticket_id: ticketId } },
    { select: ["id", "file_id", "filename", "content_type", "size"] }
  )
  const missing = [...new Set(ids)].filter((id) => !found.some((a) => a.id === id))
  if (missing.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Attachment ${missing.join(", ")} is not on this ticket.`)
  }
  return ids.map((id) => found.find((a) => a.id === id)!).map((a) => ({ file_id: a.file_id, filename: a.filename, content_type: a.content_type, size: a.size }))
}
