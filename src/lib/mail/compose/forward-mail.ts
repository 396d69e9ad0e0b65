import { OutboundAttachment } from "../send/outbound-mail"
import { headerName } from "./address"
import { ComposedMail, ReplyMailboxInfo, ReplyTicketInfo, wrapHtml } from "./reply-mail"
import { taggedSubject } from "./ticket-subject"
import { textToHtml } from "../../templates/text-to-html"

export interface ComposeForwardInput {
  ticket: ReplyTicketInfo
  mailbox: Pick<ReplyMailboxInfo, "id" | "name" | "address">
  message_id: string
  to: string
  body_text: string
  /** The customer's message the colleague is asked about. */
  request: { author: string; sent_at: Date | string; body_text: string } | null
  forward_tag: string
  /** Files of the ticket the agent chose to send along, and any uploaded with the forward. */
  attachments?: OutboundAttachment[]
}

/**
 * A ticket forwarded to a colleague for discussion (SPEC F-FORWARD): the
 * agent's words, then the customer's request quoted. The `[ID:123456]` tag
 * and Reply-To the mailbox bring the colleague's answer back to the ticket
 * as an internal message.
 */
export function composeForwardMail(input: ComposeForwardInput): ComposedMail {
  const { ticket, request } = input
  const quoted = request
    ? [
        "",
        "---------- Forwarded request ----------",
        `From: ${request.author}`,
        `Date: ${new Date(request.sent_at).toUTCString()}`,
        `Subject: ${ticket.subject}`,
        "",
        ...request.body_text.split(/\r?\n/).map((line) => `> ${line}`),
      ].join("\n")
    : ""
  const text = `${input.body_text}\n${quoted}\n`
  return {
    kind: "forward",
    mailbox_id: input.mailbox.id,
    from_address: input.mailbox.address,
    from_name: headerName(input.mailbox.name),
    reply_to: input.mailbox.address,
    to: [input.to],
    cc: null,
    bcc: null,
    subject: taggedSubject(input.forward_tag, ticket.number, ticket.subject),
    body_text: text,
    body_html: wrapHtml(textToHtml(text)),
    message_id: input.message_id,
    in_reply_to: null,
    references: null,
    headers: null,
    attachments: input.attachments?.length ? input.attachments : null,
  }
}
