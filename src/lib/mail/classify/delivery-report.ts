import { firstHeader, startsOriginal, type MailSignals } from "./signals"

/** What a delivery report says about one failed or delayed recipient. */
export type DeliveryFacts = { recipient: string | null; status: string | null }

/** An enhanced status code (RFC 3463: class.subject.detail), not part of an IP address or version. */
const STATUS_CODE = /(?<![\d.])[245]\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/
const TOKEN_SEPARATORS = /[\s<>()[\]"',;]+/
const ADDRESS = /^[^@\s:]+@[^@\s]+\.[a-z]{2,}$/i
const NOT_A_RECIPIENT = /^(mailer-daemon|postmaster|mail-delivery-subsystem|double-bounce|no-?reply)@/i

function addressesIn(line: string): string[] {
  return line
    .split(TOKEN_SEPARATORS)
    .map((token) => token.replace(/^mailto:|[.:]+$/gi, ""))
    .filter((token) => token.length <= 254 && ADDRESS.test(token))
}

/**
 * RFC 3464 per-recipient fields (Final-Recipient, Original-Recipient, Action, Status), as they
 * appear in the message/delivery-status part, which the parser keeps in the text.
 */
function fromDsnFields(lines: string[], want: "failed" | "delayed"): DeliveryFacts | null {
  const records: { recipient: string | null; action: string | null; status: string | null }[] = []
  let current: (typeof records)[number] | null = null
  for (const line of lines) {
    const field = /^\s*(final-recipient|original-recipient|action|status)\s*:\s*(.*)$/i.exec(line)
    if (!field) continue
    const name = field[1].toLowerCase()
    const value = field[2].trim()
    if (name === "final-recipient" || (name === "original-recipient" && (!current || current.recipient))) {
      current = { recipient: null, action: null, status: null }
      records.push(current)
    }
    if (!current) continue
    if (name.endsWith("recipient")) current.recipient = current.recipient || addressesIn(value.replace(/^[a-z0-9-]+\s*;/i, " "))[0] || null
    else if (name === "action") current.action = value.toLowerCase().split(/\s/)[0]
    else current.status = STATUS_CODE.exec(value)?.[0] || current.status
  }
  const match = records.find((r) => r.action === want) || records[0]
  return match && (match.recipient || match.status) ? { recipient: match.recipient?.toLowerCase() ?? null, status: match.status } : null
}

/**
 * The human-readable report (qmail, Exim, Sendmail, Postfix, Gmail, Exchange, Domino, Yahoo all
 * name the recipient before they quote the original): the first address that is neither a daemon,
 * the report's sender nor its addressee (who sent the original), and the first status code.
 */
function fromReportText(s: MailSignals, ownAddresses: string[]): DeliveryFacts {
  let recipient: string | null = null
  let status: string | null = null
  for (const line of s.lines) {
    if (startsOriginal(line)) break
    if (/^\s*(from|to|cc|subject|date|message-id|reply-to|return-path)\s*:/i.test(line)) continue
    if (!recipient) {
      recipient =
        addressesIn(line)
          .map((a) => a.toLowerCase())
          .find((a) => !NOT_A_RECIPIENT.test(a) && a !== s.from && !ownAddresses.includes(a)) || null
    }
    if (!status) status = STATUS_CODE.exec(line)?.[0] || null
    if (recipient && status) break
  }
  return { recipient, status }
}

export function readDeliveryFacts(s: MailSignals, want: "failed" | "delayed", ownAddresses: string[] = []): DeliveryFacts {
  const dsn = fromDsnFields(s.lines, want)
  const header = firstHeader(s.headers, "x-failed-recipients")
  const fromHeader = header ? addressesIn(header)[0]?.toLowerCase() ?? null : null
  const needText = !dsn?.recipient && !fromHeader ? true : !dsn?.status
  const text = needText ? fromReportText(s, ownAddresses.map((a) => a.toLowerCase())) : { recipient: null, status: null }
  return {
    recipient: dsn?.recipient || fromHeader || text.recipient,
    status: dsn?.status || text.status,
  }
}
