import { mailboxTemplate } from "../../templates/mail-templates"
import { renderTemplate } from "../../templates/render"

type MailboxTemplates = Parameters<typeof mailboxTemplate>[0]

export interface ReplySignatureInput {
  mailbox: MailboxTemplates
  ticket: { number: string; subject: string; contact_name: string | null; language: string | null }
  agent_name: string | null
  request_list_url: string
  store_name: string | null
}

/**
 * The mailbox signature under an agent's reply, filled in for the ticket and
 * the agent (empty when the mailbox has none). The reply mail and the
 * editor's preview both come from here, so the preview is what is sent.
 */
export function replySignature(input: ReplySignatureInput): string {
  const { ticket } = input
  return renderTemplate(mailboxTemplate(input.mailbox, "signature", ticket.language).body, {
    MY_NAME: input.agent_name,
    CUSTOMER_NAME: ticket.contact_name,
    TICKET_NUMBER: ticket.number,
    TICKET_SUBJECT: ticket.subject,
    REQUEST_LIST_URL: input.request_list_url,
    STORE_NAME: input.store_name,
  }).trim()
}
