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

export function readSignals(
  headers: MailHeaders,
  facts: { from?: MailAddress; subject?: string; text?: string; partTypes?: string[] }
): MailSignals {
  const contentType = (firstHeader(headers, "content-type") || "").toLowerCase()
  const returnPath = firstHeader(headers, "return-path")
  const text = (facts.text || "").slice(0, MAX_TEXT)
  return {
    headers,
    from: (facts.from?.address || "").toLowerCase(),
    fromName: (facts.from?.name || "").toLowerCase(),
    subject: (facts.subject ?? firstHeader(headers, "subject") ?? "").replace(/\s+/g, " ").trim(),
    body: text.replace(/\s+/g, " ").toLowerCase(),
    lines: text.split(/\r?\n/, MAX_LINES).map((line) => line.slice(0, MAX_LINE)),
    partTypes: (facts.partTypes || []).map((t) => t.toLowerCase()),
    contentType,
    reportType: /report-type\s*=\s*"?([a-z-]+)/.exec(contentType)?.[1] || "",
    nullSender: returnPath !== null && /^<?\s*>?$/.test(returnPath),
  }
}
