import { DeliveryReport } from "./types"

/** Longest diagnostic kept: a person reads one sentence, not a transcript of the SMTP session. */
const DIAGNOSTIC_MAX = 160

/**
 * The mail server's own sentence from a delivery report, when it gives one:
 * RFC 3464's Diagnostic-Code (in the message/delivery-status part, or in the
 * text of gateways that paste the fields), else the first SMTP reply line of
 * a plain-text report (Exim's "550 5.1.1 <bob@…>: User unknown", Postfix's
 * "said: 550 …", qmail's "Remote host said: 550 …"). The reply code, the
 * status and the address are cut (the reason names them already); the rest
 * is one line without control characters, at most DIAGNOSTIC_MAX long.
 * Null when there is none: the status and recipient still say enough.
 */
export function deliveryDiagnostic(text: string, reportParts: string[] = []): string | null {
  for (const source of [...reportParts, text]) {
    const field = /^diagnostic-code\s*:\s*(?:[a-z0-9-]+\s*;)?([^\n]*(?:\n[ \t]+[^\n]*)*)/im.exec(source)
    if (field) return tidy(field[1])
  }
  // Only the report's own text: the quoted original after it is the customer's words, not the server's.
  const report = text.split(/^[- ]*(?:this is a copy of|original message|undelivered message|below this line)/im)[0]
  const reply = /(?:^|said:|host said:)\s*([45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}\s+)?[^\n]*(?:\n[ \t]+[^\n]*)*)/im.exec(report)
  return reply ? tidy(reply[1]) : null
}

function tidy(raw: string): string | null {
  const line = raw
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ")
    .replace(/^\s*[45]\d\d[ -]+/, "")
    .replace(/^\s*#?[245]\.\d{1,3}\.\d{1,3}\s*/, "")
    .replace(/^\s*<[^>\s]*>\s*:?\s*/, "")
    .replace(/\(in reply to [^)]*\)\s*$/i, "")
    .replace(/\s+/g, " ")
    .trim()
  if (!line) return null
  return line.length > DIAGNOSTIC_MAX ? `${line.slice(0, DIAGNOSTIC_MAX - 1).trimEnd()}…` : line
}

/**
 * What an agent sees on a reply that bounced, e.g.
 * "Bounced: 5.1.1 bob@example.com — User unknown". Each part only when the
 * report gives it.
 */
export function bounceReason(delivery: Pick<DeliveryReport, "status" | "recipient"> & { diagnostic?: string | null }): string {
  const head = ["Bounced:", delivery.status, delivery.recipient].filter(Boolean).join(" ")
  const reason = delivery.diagnostic ? `${head} — ${delivery.diagnostic}` : head
  return reason === "Bounced:" ? "Bounced: the receiving mail server reported it undeliverable." : reason
}
