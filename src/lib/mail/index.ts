export { parseMail } from "./parse"
export { extractReply } from "./reply"
export { htmlToText } from "./html-to-text"
export { sanitizeMailHtml } from "./sanitize"
export { classifyAutoMail, classifyMail } from "./auto"
export type { AutoMailHeaders, AutoMailFacts } from "./auto"
export { findTicketRef, formatTicketTag, DEFAULT_SUBJECT_TAG, DEFAULT_FORWARD_TAG } from "./ticket-ref"
export type { TicketRef, TicketRefFormats } from "./ticket-ref"
export { findBouncedMessageId } from "./bounce"
export { readRawHeaders, parseMessageIds } from "./headers"
export { assertLooksLikeMail } from "./raw-check"
export { runCli, toCliJson } from "./cli"
export { MailTooSlowError, NotMailError } from "./types"
export type {
  MailAddress,
  AutoMailKind,
  DeliveryReport,
  TicketRefKind,
  ParsedAttachment,
  SkippedAttachment,
  ParseOptions,
  ParsedMail,
} from "./types"
