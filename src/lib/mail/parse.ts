import { simpleParser, type AddressObject, type ParsedMail as MailparserMail } from "mailparser"
import { toParsedAttachments } from "./attachments"
import { classifyMail } from "./auto"
import { stripTrustedHeaders } from "./filters/strip-trusted-headers"
import { findBouncedMessageId } from "./bounce"
import { parseMessageIds, readRawHeader, readRawHeaders } from "./headers"
import { htmlToText } from "./html-to-text"
import { capMimeParts, LeftOutParts, MIME_LIMITS } from "./mime-limits"
import { assertLooksLikeMail } from "./raw-check"
import { extractReply } from "./reply"
import { sanitizeMailHtml } from "./sanitize"
import { mixedVisibleText } from "./visible-parts"
import { findTicketRef } from "./ticket-ref"
import type { MailAddress, ParseOptions, ParsedMail, SkippedAttachment } from "./types"

function addresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const out: MailAddress[] = []
  const visit = (entries: { address?: string; name?: string; group?: unknown[] }[] | undefined) => {
    for (const entry of entries || []) {
      if (Array.isArray(entry.group)) {
        visit(entry.group as typeof entries)
        continue
      }
      const address = (entry.address || "").trim().toLowerCase()
      const name = (entry.name || "").replace(/\s+/g, " ").trim()
      if (address || name) out.push({ address, name })
    }
  }
  for (const object of Array.isArray(value) ? value : value ? [value] : []) visit(object?.value)
  return out
}

function isoDate(value: unknown): string | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : null
}

/**
 * The body as UTF-8 text, for mail whose MIME structure cannot be read (mailparser failed, or a
 * multipart without its boundary): MIME boundary lines and part headers are left out.
 */
function rawBodyText(raw: Buffer): string {
  const source = raw.subarray(0, 8 * 1024 * 1024).toString("utf8").replace(/\r\n?/g, "\n")
  const start = source.search(/\n\n/)
  if (start < 0) return ""
  const out: string[] = []
  let inPartHeaders = false
  for (const line of source.slice(start + 2).split("\n")) {
    if (/^--\S+\s*$/.test(line)) {
      inPartHeaders = true
      continue
    }
    if (inPartHeaders) {
      if (/^[!-9;-~]+[ \t]*:/.test(line) || /^[ \t]+\S/.test(line)) continue
      inPartHeaders = false
      if (!line.trim()) continue
    }
    out.push(line)
  }
  return out.join("\n").trim()
}

/** The message without what precedes its header block: a UTF-8 BOM, blank lines, an mbox "From " line. */
function withoutEnvelope(raw: Buffer): Buffer {
  let start = 0
  if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) start = 3
  while (raw[start] === 0x0d || raw[start] === 0x0a) start++
  if (raw.subarray(start, start + 5).toString("latin1") === "From ") {
    const eol = raw.indexOf(0x0a, start)
    if (eol > 0) start = eol + 1
  }
  return start ? raw.subarray(start) : raw
}

/** The first Message-ID in a Message-ID or In-Reply-To value, without angle brackets. */
function firstMessageId(value: string | null | undefined): string | null {
  return parseMessageIds(value)[0] ?? null
}

/**
 * A raw message's Message-ID as parseMail reads it, from the header block
 * alone: mail ingest keys each mail by it before the parse worker has read
 * the rest.
 */
export function readMessageId(raw: Buffer): string | null {
  return firstMessageId(readRawHeader(withoutEnvelope(raw), "message-id"))
}

/**
 * Parses one raw message. Never throws for odd mail (bad charsets, broken MIME): it returns what
 * can be read. Throws NotMailError only when the input is not a mail message at all.
 */
export async function parseMail(raw: Buffer, options: ParseOptions = {}): Promise<ParsedMail> {
  assertLooksLikeMail(raw)
  const source = withoutEnvelope(raw)
  // Before any filter reads them: see stripTrustedHeaders.
  const headers = stripTrustedHeaders(readRawHeaders(source))
  const { source: readable, leftOut } = capMimeParts(source)
  let mail: Partial<MailparserMail>
  try {
    mail = await simpleParser(readable, {
      keepCidLinks: true,
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipTextLinks: true,
      skipImageLinks: true,
      // mailsplit's own limit (1,000) would refuse the whole mail; capMimeParts has cut it to MIME_LIMITS.parts
      maxChildNodes: MIME_LIMITS.parts + 50,
    } as Parameters<typeof simpleParser>[1])
  } catch {
    mail = { attachments: [] }
  }

  const rawHtml = typeof mail.html === "string" ? mail.html : null
  let text = typeof mail.text === "string" ? mail.text.replace(/\r\n?/g, "\n") : ""
  if (text.trim() && rawHtml) text = (await mixedVisibleText(readable).catch(() => null)) ?? text
  if (!text.trim() && rawHtml) text = safely(() => htmlToText(rawHtml), "")
  if (!text.trim() && !rawHtml && !mail.attachments?.length) text = safely(() => rawBodyText(source), "")
  const html = rawHtml === null ? null : safely(() => sanitizeMailHtml(rawHtml), "")

  const from = addresses(mail.from)[0] || { address: "", name: "" }
  const to = addresses(mail.to)
  const cc = addresses(mail.cc)
  const replyTo = addresses(mail.replyTo)
  const subject = typeof mail.subject === "string" ? mail.subject.replace(/\s+/g, " ").trim() : ""
  const first = (name: string) => headers[name]?.[0] ?? null

  const { attachments, skipped } = toParsedAttachments(mail.attachments || [], rawHtml, options.maxAttachmentBytes, MIME_LIMITS.attachments)
  if (leftOut) skipped.push(leftOutEntry(leftOut))
  const parts = (mail.attachments || []).map((a) => ({
    contentType: String(a.contentType || "").toLowerCase(),
    content: Buffer.isBuffer(a.content) ? a.content : Buffer.alloc(0),
  }))
  const { auto, delivery } = safely(
    () => classifyMail(headers, { from, to, subject, text, partTypes: parts.map((p) => p.contentType), ownAddresses: options.ownAddresses }),
    { auto: null, delivery: null }
  )
  const ref = findTicketRef(subject, { subjectTag: options.subjectTag, forwardTag: options.forwardTag })
  const originalId = delivery ? safely(() => findBouncedMessageId(source, parts, text), null) : null
  const bouncedMessageId = auto === "bounce" ? originalId : null

  return {
    from,
    to,
    cc,
    replyTo,
    subject,
    messageId: firstMessageId(first("message-id")),
    inReplyTo: firstMessageId(first("in-reply-to")),
    references: parseMessageIds((headers["references"] || []).join(" ")),
    date: first("date") ? isoDate(mail.date) : null,
    text,
    reply: safely(() => extractReply(text), text.trim()),
    html,
    attachments,
    skippedAttachments: skipped,
    auto,
    ticketRef: ref?.number ?? null,
    ticketRefKind: ref?.kind ?? null,
    headers,
    bouncedMessageId,
    delivery: delivery ? { ...delivery, messageId: originalId } : null,
    sizeBytes: raw.length,
  }
}

/**
 * The MIME parts capMimeParts left out, as one entry of the skipped list: it
 * reaches the ticket's history as the skipped attachments do, without a field
 * of its own.
 */
function leftOutEntry({ parts, bytes }: LeftOutParts): SkippedAttachment {
  return {
    filename: `${parts} more MIME part${parts === 1 ? "" : "s"} (past ${MIME_LIMITS.parts} parts or ${MIME_LIMITS.depth} levels of nesting)`,
    contentType: "multipart/mixed",
    size: bytes,
  }
}

function safely<T>(fn: () => T, fallback: T): T {
  try {
    return fn()
  } catch {
    return fallback
  }
}

/** A parsed mail as the parse pool gives it: without the header map, which mail ingest does not read once parsing has classified the mail, and which would cost a copy between threads. */
export type PooledMail = Omit<ParsedMail, "headers">

export function withoutHeaders({ headers: _headers, ...mail }: ParsedMail): PooledMail {
  return mail
}
