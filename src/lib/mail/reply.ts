/**
 * Extracts the new reply from the plain text of a message.
 *
 * Why not `email-reply-parser` (crisp-oss port of github/email_reply_parser) alone: we evaluated it on
 * real-world replies and it (1) hides ordinary sentences such as "Sent from my desk, is much easier
 * than my phone." as signatures, and treats markdown rules ("----", "====") as signature delimiters,
 * hiding the rest of the message; (2) misses mailing-list footers and "-Name" sign-offs, Outlook
 * "*From:* … *Sent:*" blocks behind long underscore/dash rules, and reply headers in Russian and other
 * languages ("… пишет:", "… написал(а):"); (3) its pattern lists cannot be changed through its public
 * API (the package's export map hides them); and (4) it is published as an ES module only, while this
 * plugin is compiled to CommonJS and supports Node 20, and `extractReply` must be synchronous. So this
 * module keeps the library's proven model - quoted (">") fragments and reply headers hide what
 * follows, inline answers between quotes stay - and implements it with broader, multilingual rules.
 *
 * The rules are small filters in ./reply/, applied in this order: while scanning, quotes and their
 * headers (headers.ts), helpdesk "reply above this line" markers (markers.ts), Outlook separators
 * and header blocks (outlook.ts), "-- " delimiters and client footers (sign-off.ts, footers.ts) end
 * the reply; then closings with a name (sign-off.ts) and trailing contact cards (contact-block.ts)
 * are cut from what is left. Planer (Mailgun talon's port) was read against the cases in
 * __tests__/reply-*.unit.spec.ts: it knows "On … wrote" in seven languages only, cuts at any "From:"
 * or "Date:" line, and strips no signatures, so it does not replace these filters.
 */

import { stripContactCard } from "./reply/contact-block"
import { isFooterAt } from "./reply/footers"
import { isQuoteIntro, replyHeaderLength } from "./reply/headers"
import { clean, isBlank, isQuoted, MAX_PATTERN_LINE } from "./reply/lines"
import { isReplyMarker } from "./reply/markers"
import { FORWARD_INTRO, headerBlockStart, SEPARATOR } from "./reply/outlook"
import { isSignatureDelimiter, stripDashName, stripSignOff, THANKS, VALEDICTION } from "./reply/sign-off"

export { hasAddress } from "./reply/lines"
export { replyHeaderLength } from "./reply/headers"

function trimBlankEdges(lines: string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && isBlank(lines[start])) start++
  while (end > start && (isBlank(lines[end - 1]) || /^\s*(?:[-=_*~—–•·]\s*){3,}$/.test(lines[end - 1]))) end--
  return lines.slice(start, end)
}

/** Line `j` starts the history or a signature: what follows it is not the person's text. */
function endsText(lines: string[], j: number): boolean {
  const line = clean(lines[j])
  if (line.length > MAX_PATTERN_LINE) return false
  return (
    isSignatureDelimiter(lines[j]) ||
    /^\s*(?:[-=_*~—–•·]\s*){3,}$/.test(lines[j]) ||
    SEPARATOR.test(line) ||
    FORWARD_INTRO.test(line) ||
    isReplyMarker(line) ||
    replyHeaderLength(lines, j) > 0 ||
    isQuoteIntro(lines, j) ||
    headerBlockStart(lines, j) >= 0
  )
}

/**
 * A quoted line that a mail client re-wrapped without its ">": it continues a long quoted line in
 * lowercase and the quote goes on right after it ("> … Nullam pharetra d\nignissim odio?\n>").
 */
function isWrappedQuoteLine(lines: string[], i: number): boolean {
  if (i === 0 || i + 1 >= lines.length) return false
  const previous = lines[i - 1].replace(/^\s*>[>\s]*/, "")
  return isQuoted(lines[i - 1]) && isQuoted(lines[i + 1]) && previous.length >= 60 && /^\s*\p{Ll}/u.test(lines[i])
}

/**
 * The new part of a reply: drops quoted (">") lines together with the reply header that introduces
 * them ("On … wrote:", "Le … a écrit :", "… пишет:", multi-line ones too), and cuts the message where
 * the history or a signature starts: a reply header followed by unquoted original text, Outlook
 * "From:/Sent:/To:/Subject:" blocks, "-----Original Message-----" and forward separators, "-- "
 * signatures, mailing-list footers, "Sent from my iPhone"-style lines, and a closing with a name.
 * Text between quotes (inline answers) is kept.
 */
export function extractReply(text: string): string {
  if (!text) return ""
  const lines = text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").split("\n")
  const kept: string[] = []
  let removed = false // a quote was just removed: blank lines around it collapse into one
  let i = 0
  scan: while (i < lines.length) {
    const line = lines[i]
    if (isQuoted(line) || isWrappedQuoteLine(lines, i)) {
      removed = true
      i++
      continue
    }
    if (isBlank(line) && removed && (!kept.length || isBlank(kept[kept.length - 1]))) {
      i++
      continue
    }
    if (!isBlank(line) && line.length <= MAX_PATTERN_LINE) {
      const header = replyHeaderLength(lines, i)
      if (header) {
        let j = i + header
        while (j < lines.length && isBlank(lines[j])) j++
        if (j < lines.length && isQuoted(lines[j])) {
          i = j // header of a quote: drop both, keep reading after the quote
          removed = true
          continue
        }
        break scan // header followed by the original message
      }
      const trimmed = clean(line)
      if (SEPARATOR.test(trimmed) || FORWARD_INTRO.test(trimmed) || isReplyMarker(trimmed)) break
      if (isQuoteIntro(lines, i)) {
        removed = true
        i++
        continue
      }
      const block = headerBlockStart(lines, i)
      if (block >= 0) {
        kept.splice(kept.length - (i - block))
        break
      }
      if (isSignatureDelimiter(line) || isFooterAt(lines, i, endsText)) break
    }
    if (!isBlank(line)) removed = false
    kept.push(line.trimEnd())
    i++
  }
  let result = trimBlankEdges(kept)
  result = trimBlankEdges(stripSignOff(result))
  result = trimBlankEdges(stripDashName(result))
  result = trimBlankEdges(stripContactCard(result, (line) => VALEDICTION.test(line) || THANKS.test(line)))
  return result.join("\n")
}
