import { mailboxTemplate } from "../../templates/mail-templates"
import { renderTemplate, TemplateValues } from "../../templates/render"
import { textToHtml } from "../../templates/text-to-html"
import { OutboundAttachment } from "../send/outbound-mail"
import { formatAddress, headerName } from "./address"
import { replySignature } from "./reply-signature"
import { taggedSubject } from "./ticket-subject"
import { threadHeaders, ThreadMessage } from "./thread-headers"

/** The template columns of a mailbox (signature, template overrides). */
type MailboxTemplates = Parameters<typeof mailboxTemplate>[0]

export interface ReplyMailboxInfo extends MailboxTemplates {
  id: string
  name: string
  address: string
  reply_mode: "full" | "link"
}

export interface ReplyTicketInfo {
  number: string
  subject: string
  contact_email: string
  contact_name: string | null
  language: string | null
}

export interface ComposeReplyInput {
  ticket: ReplyTicketInfo
  mailbox: ReplyMailboxInfo
  message_id: string
  thread: ThreadMessage[]
  body_text: string
  /** Already sanitised. */
  body_html?: string | null
  cc?: string[]
  bcc?: string[]
  /** Files the agent attached (File-module ids, streamed when sent). */
  attachments?: OutboundAttachment[]
  agent_name: string | null
  request_list_url: string
  store_name: string | null
  subject_tag: string
}

/** The outbox fields of a mail, before it is tied to a message and given a send time. */
export interface ComposedMail {
  kind: "reply" | "forward" | "receipt" | "confirmation" | "notification" | "email_link"
  mailbox_id: string
  from_address: string
  from_name: string | null
  reply_to: string | null
  to: string[]
  cc: string[] | null
  bcc: string[] | null
  subject: string
  body_text: string
  body_html: string | null
  message_id: string
  in_reply_to: string | null
  references: string[] | null
  headers: Record<string, string> | null
  attachments?: OutboundAttachment[] | null
}

/**
 * An agent's reply as the customer receives it (SPEC F-REPLY, §5 reply
 * modes): the full text, or only a notice with the link to the request
 * (`reply_mode: "link"`), then the mailbox signature, as text and HTML; from
 * the mailbox, threaded under the customer's messages, tagged with the
 * ticket number so an answer finds its ticket even without the headers.
 */
export function composeReplyMail(input: ComposeReplyInput): ComposedMail {
  const { ticket, mailbox } = input
  const values: TemplateValues = {
    MY_NAME: input.agent_name,
    CUSTOMER_NAME: ticket.contact_name,
    TICKET_NUMBER: ticket.number,
    TICKET_SUBJECT: ticket.subject,
    MESSAGE: input.body_text,
    REQUEST_LIST_URL: input.request_list_url,
    STORE_NAME: input.store_name,
  }
  const signature = replySignature(input)
  const linkOnly = mailbox.reply_mode === "link"
  const mainText = linkOnly ? renderTemplate(mailboxTemplate(mailbox, "reply_link", ticket.language).body, values).trim() : input.body_text
  const mainHtml = linkOnly || !input.body_html ? textToHtml(mainText) : input.body_html
  const text = signature ? `${mainText}\n\n${signature}\n` : `${mainText}\n`
  const html = signature ? `${mainHtml}<br><br>${textToHtml(signature)}` : mainHtml
  const thread = threadHeaders(input.thread)
  return {
    kind: "reply",
    mailbox_id: mailbox.id,
    from_address: mailbox.address,
    from_name: headerName(mailbox.name),
    reply_to: mailbox.address,
    to: [formatAddress(ticket.contact_email, ticket.contact_name)],
    cc: input.cc?.length ? input.cc : null,
    bcc: input.bcc?.length ? input.bcc : null,
    subject: taggedSubject(input.subject_tag, ticket.number, ticket.subject),
    body_text: text,
    body_html: wrapHtml(html),
    message_id: input.message_id,
    in_reply_to: thread.in_reply_to,
    references: thread.references,
    headers: null,
    // A link-only mailbox keeps the reply's content, files too, behind the customer's link.
    attachments: !linkOnly && input.attachments?.length ? input.attachments : null,
  }
}

/** A minimal document, so clients that need one render the fragment the same way. */
export function wrapHtml(fragment: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${fragment}</body></html>`
}
