/** Shapes shared by the inbound-mail parser, the CLI and the ingest pipeline. */

export type MailAddress = { address: string; name: string }

export type AutoMailKind = "auto-reply" | "bounce" | "bulk"

/**
 * What a delivery report (bounce or delay warning) says: RFC 3464's Action ("failed" is final,
 * "delayed" means the MTA will retry), the recipient it could not reach, the enhanced status code
 * (RFC 3463, e.g. "5.1.1") and the Message-ID of the undelivered mail, each null when not found.
 */
export type DeliveryReport = {
  action: "failed" | "delayed"
  recipient: string | null
  status: string | null
  messageId: string | null
}

export type TicketRefKind = "ticket" | "forward"

export type ParsedAttachment = {
  filename: string
  /** lowercase MIME type, e.g. "image/png" */
  contentType: string
  /** bytes of the decoded content */
  size: number
  /** Content-Disposition is inline, or the HTML refers to it by cid: */
  inline: boolean
  /** Content-ID without angle brackets, or null */
  contentId: string | null
  content: Buffer
}

export type SkippedAttachment = { filename: string; contentType: string; size: number }

export type ParseOptions = {
  /** subject tag of a ticket reply; default "[#{number}]" */
  subjectTag?: string
  /** subject tag of a forwarded ticket; default "[ID:{number}]" */
  forwardTag?: string
  /** per attachment; larger ones are listed in `skippedAttachments` instead of `attachments` */
  maxAttachmentBytes?: number
  /** the helpdesk's own addresses: mail via one of them as a group alias (its List-Id) is not bulk */
  ownAddresses?: string[]
}

/**
 * One inbound message. Message-IDs (messageId, inReplyTo, references, bouncedMessageId) are
 * always WITHOUT angle brackets and keep their case, e.g. "abc@mail.example.com".
 */
export type ParsedMail = {
  from: MailAddress
  to: MailAddress[]
  cc: MailAddress[]
  replyTo: MailAddress[]
  subject: string
  messageId: string | null
  inReplyTo: string | null
  references: string[]
  /** ISO 8601, or null when the Date header is missing or unreadable */
  date: string | null
  /** the text part, or text derived from the HTML part when there is no text part */
  text: string
  /** only the new reply: quoted history, reply headers, forwarded originals and signatures removed */
  reply: string
  /** sanitised HTML, or null when the message has no HTML part */
  html: string | null
  attachments: ParsedAttachment[]
  /** attachments not kept: over maxAttachmentBytes or past MIME_LIMITS.attachments; and one entry for MIME parts past MIME_LIMITS (see capMimeParts) */
  skippedAttachments: SkippedAttachment[]
  auto: AutoMailKind | null
  ticketRef: string | null
  ticketRefKind: TicketRefKind | null
  /** lowercase header names, raw (unfolded, undecoded) values in order of appearance; no X-Helpdesk-* (the helpdesk's own, forged when they come from outside) */
  headers: Record<string, string[]>
  /** for a bounce: the Message-ID of the message that could not be delivered */
  bouncedMessageId: string | null
  /** for a bounce or a delay warning (auto "auto-reply"): what the report says; else null */
  delivery: DeliveryReport | null
  /** length of the raw message in bytes */
  sizeBytes: number
}

/** Thrown for input that is not an e-mail message at all (empty, binary, no header block). */
export class NotMailError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "NotMailError"
  }
}

/** A mail the parser could not read within its time budget (see ParsePool). */
export class MailTooSlowError extends Error {
  constructor(budgetMs: number) {
    super(`it took longer than ${budgetMs / 1000} s to read`)
    this.name = "MailTooSlowError"
  }
}
