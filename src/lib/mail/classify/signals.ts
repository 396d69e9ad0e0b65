import type { MailAddress } from "../types"

/**
 * What the classification filters read of one mail, computed once. Every filter is a pure function
 * of these facts; the texts are cut and their whitespace folded so that no pattern below ever sees
 * more than MAX_TEXT characters (hostile mail stays cheap).
 */
export type MailHeaders = Record<string, string[] | string | undefined>

export type MailSignals = {
  headers: MailHeaders
  from: string
  fromName: string
  subject: string
  /** the start of the body text, whitespace folded to single spaces, lowercase */
  body: string
  /** `body` up to where the report quotes the original message: words of the original (our own reply) say nothing about the delivery */
  report: string
  /** the body's start as lines, for reading addresses and DSN fields */
  lines: string[]
  /** lowercase content types of the mail's parts (attachments included) */
  partTypes: string[]
  contentType: string
  reportType: string
  nullSender: boolean
}

export const MAX_TEXT = 16 * 1024
const MAX_LINES = 400
const MAX_LINE = 1000

export function firstHeader(headers: MailHeaders, name: string): string | null {
  const v = headers[name]
  const s = Array.isArray(v) ? v[0] : v
  return s === undefined || s === null ? null : String(s).trim()
}

/**
 * Where MTAs start quoting the original message ("------ This is a copy of the message, including
 * all the headers. ------", "--- Below this line is a copy of the message.", "----- Original
 * message -----", "Original message headers:"). Plain substring tests, not one pattern with two
 * wildcards, so a long line costs one pass.
 */
const ORIGINAL_MARKERS = ["original message", "copy of the message", "message follows", "returned message", "undelivered message", "of the original message"]
export function startsOriginal(line: string): boolean {
  const l = line.trim().toLowerCase()
  if (/^received: from\b/.test(l)) return true
  if (l.startsWith("original message headers") || l.startsWith("original message follows")) return true
  return (l.startsWith("--") || l.startsWith("below this line")) && ORIGINAL_MARKERS.some((m) => l.includes(m))
}

export function readSignals(
  headers: MailHeaders,
  facts: { from?: MailAddress; subject?: string; text?: string; partTypes?: string[] }
): MailSignals {
  const contentType = (firstHeader(headers, "content-type") || "").toLowerCase()
  const returnPath = firstHeader(headers, "return-path")
  const text = (facts.text || "").slice(0, MAX_TEXT)
  const lines = text.split(/\r?\n/, MAX_LINES).map((line) => line.slice(0, MAX_LINE))
  const originalAt = lines.findIndex(startsOriginal)
  const fold = (t: string) => t.replace(/\s+/g, " ").toLowerCase()
  const body = fold(text)
  return {
    headers,
    from: (facts.from?.address || "").toLowerCase(),
    fromName: (facts.from?.name || "").toLowerCase(),
    subject: (facts.subject ?? firstHeader(headers, "subject") ?? "").replace(/\s+/g, " ").trim(),
    body,
    report: originalAt < 0 ? body : fold(lines.slice(0, originalAt).join("\n")),
    lines,
    partTypes: (facts.partTypes || []).map((t) => t.toLowerCase()),
    contentType,
    reportType: /report-type\s*=\s*"?([a-z-]+)/.exec(contentType)?.[1] || "",
    nullSender: returnPath !== null && /^<?\s*>?$/.test(returnPath),
  }
}
