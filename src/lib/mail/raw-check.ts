import { headerBytes } from "./headers"
import { NotMailError } from "./types"

/** Header names of RFC 5322 / MIME / transport; a header block needs at least one of them. */
const KNOWN_HEADERS = new Set([
  "from", "to", "cc", "bcc", "subject", "date", "message-id", "sender", "reply-to",
  "in-reply-to", "references", "received", "return-path", "delivered-to", "mime-version",
  "content-type", "content-transfer-encoding", "content-disposition", "x-mailer",
  "dkim-signature", "authentication-results", "arc-seal", "x-original-to", "envelope-to",
  "resent-from", "resent-to", "resent-date", "list-id", "user-agent", "thread-topic", "thread-index",
])

const FIELD = /^([!-9;-~]+)[ \t]*:/

/**
 * Throws NotMailError unless `raw` starts with an RFC 5322 header block: zero bytes, binary data
 * and text without "Name: value" header lines (at least one of them a well-known mail header)
 * are not mail. Anything that has such a header block is parsed, however broken its body.
 */
export function assertLooksLikeMail(raw: Buffer): void {
  if (!raw || raw.length === 0) throw new NotMailError("the input is empty")
  let head = headerBytes(raw, 256 * 1024).toString("latin1")
  if (head.startsWith("\u00ef\u00bb\u00bf")) head = head.slice(3) // UTF-8 BOM
  head = head.replace(/^(?:[ \t]*\r?\n)+/, "")
  if (/^From [^\r\n]*\r?\n/.test(head)) head = head.replace(/^From [^\r\n]*\r?\n/, "") // mbox separator
  const end = head.search(/\r?\n\r?\n/)
  const block = end >= 0 ? head.slice(0, end) : head
  if (!block.trim()) throw new NotMailError("the input has no mail header block")
  if (block.includes("\u0000")) throw new NotMailError("the input is binary data, not a mail message")
  const lines = block.split(/\r?\n/)
  if (!FIELD.test(lines[0])) throw new NotMailError("the input does not start with a mail header")
  let fields = 0
  let bad = 0
  let known = 0
  for (const line of lines) {
    const m = FIELD.exec(line)
    if (m) {
      fields++
      if (KNOWN_HEADERS.has(m[1].toLowerCase())) known++
    } else if (!/^[ \t]/.test(line)) {
      bad++
    }
  }
  if (!known) throw new NotMailError("the input has no mail headers (From, To, Subject, Date, ...)")
  if (bad > fields) throw new NotMailError("the input's header block is not readable as mail headers")
  // control characters other than tab/CR/LF in the headers mean binary data
  const controls = (block.match(/[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f]/g) || []).length
  if (controls > 8 || controls > block.length / 50) {
    throw new NotMailError("the input is binary data, not a mail message")
  }
}
