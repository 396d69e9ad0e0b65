import { MailTemplate } from "../../templates/mail-templates"
import { renderTemplate, TemplateValues } from "../../templates/render"
import { textToHtml } from "../../templates/text-to-html"
import { formatAddress, headerName } from "./address"
import { ComposedMail, wrapHtml } from "./reply-mail"
import { taggedSubject } from "./ticket-subject"

export type AutoMailKind = "receipt" | "confirmation" | "notification" | "email_link"

export interface ComposeAutoMailInput {
  kind: AutoMailKind
  template: MailTemplate
  values: TemplateValues
  mailbox: { id: string; name: string; address: string; noreply_address?: string | null }
  /** Receipts and confirmations may come from the no-reply address; notifications to agents do not need to. */
  use_noreply: boolean
  to: { email: string; name: string | null }
  ticket: { number: string; subject: string }
  message_id: string
  /** The customer's message this answers, so their client shows it in the thread. */
  in_reply_to: string | null
  /** The ticket tag for the subject; null leaves it out (agents' notices must not thread into the ticket). */
  subject_tag: string | null
}

/**
 * A mail the helpdesk writes by itself (SPEC F-RECEIPT, F-CONFIRM, §5
 * notifications). RFC 3834: marked `Auto-Submitted` so well-behaved
 * responders never answer it (and our own collector never answers theirs),
 * and `X-Auto-Response-Suppress` for Exchange's out-of-office. Replies go to
 * the mailbox address even when the mail comes from the no-reply one, and the
 * ticket tag files them under the ticket.
 */
export function composeAutoMail(input: ComposeAutoMailInput): ComposedMail {
  const text = renderTemplate(input.template.body, input.values).trim()
  const subject = renderTemplate(input.template.subject || "{{TICKET_SUBJECT}}", input.values).replace(/\s+/g, " ").trim()
  const noreply = input.use_noreply && input.mailbox.noreply_address ? input.mailbox.noreply_address : null
  return {
    kind: input.kind,
    mailbox_id: input.mailbox.id,
    from_address: noreply ?? input.mailbox.address,
    from_name: headerName(input.mailbox.name),
    reply_to: input.kind === "notification" ? noreply ?? input.mailbox.address : input.mailbox.address,
    to: [formatAddress(input.to.email, input.to.name)],
    cc: null,
    bcc: null,
    subject: input.subject_tag ? taggedSubject(input.subject_tag, input.ticket.number, subject) : subject,
    body_text: `${text}\n`,
    body_html: wrapHtml(textToHtml(text)),
    message_id: input.message_id,
    in_reply_to: input.in_reply_to,
    references: input.in_reply_to ? [input.in_reply_to] : null,
    headers: {
      // A receipt or confirmation answers a person's mail; a notification or an address link is news of its own.
      "Auto-Submitted": input.kind === "receipt" || input.kind === "confirmation" ? "auto-replied" : "auto-generated",
      "X-Auto-Response-Suppress": "All",
    },
  }
}
