import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { composeReplyMail, ComposedMail } from "../../../lib/mail/compose/reply-mail"
import { HELPDESK_MODULE, HelpdeskModuleService, OutboundAttachment } from "../../../modules/helpdesk"
import { loadReplyContext } from "../utils/reply-context"

export const composeReplyMailStepId = "compose-reply-mail"

export interface ComposeReplyMailInput {
  ticket_id: string
  agent_id: string | null
  message_id: string
  body_text: string
  body_html?: string | null
  cc?: string[]
  bcc?: string[]
  attachments?: OutboundAttachment[]
}

/** The mail an agent's reply becomes, or why it goes out by no mail (no mailbox: cabinet only). */
export type ComposedReply = { mail: ComposedMail; problem: null } | { mail: null; problem: string }

/**
 * Renders the reply mail once, when the reply is stored: the outbox then
 * holds exactly what is sent, and a retry sends the same.
 */
export const composeReplyMailStep = createStep(
  composeReplyMailStepId,
  async (input: ComposeReplyMailInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const context = await loadReplyContext(helpdesk, query, input.ticket_id, input.agent_id)
    if (!context.mailbox) {
      return new StepResponse<ComposedReply>({
        mail: null,
        problem: "No mailbox to send from (the ticket came from no mailbox and no default mailbox is set): the reply shows only in the customer's cabinet.",
      })
    }
    const options = helpdesk.getOptions()
    const mail = composeReplyMail({
      ticket: context.ticket,
      mailbox: context.mailbox,
      message_id: input.message_id,
      thread: context.thread,
      body_text: input.body_text,
      body_html: input.body_html ?? null,
      cc: input.cc,
      bcc: input.bcc,
      attachments: input.attachments,
      agent_name: context.agent_name,
      request_list_url: context.request_list_url,
      store_name: context.store_name,
      subject_tag: options.subjectTag,
    })
    return new StepResponse<ComposedReply>({ mail, problem: null })
  }
)
