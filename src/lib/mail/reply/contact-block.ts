/**
 * A signature without a "-- " delimiter: the last paragraph is a name followed by a title, company
 * and contact lines ("Anna Example\nHead of Purchasing\nTel: +49 …\nwww.example.org"), the way
 * Outlook, Apple Mail and Gmail users set theirs up. It is cut only when it is clearly a card: it
 * starts with a name (or a closing and a name), has a phone, address or web line, and no line of
 * it reads like a sentence, so a request that ends with a phone number or a link stays whole.
 */
import { hasAddress, isBlank } from "./lines"

const MAX_CARD_LINES = 8
const MAX_CARD_LINE = 80

/** "Anna Example", "Dr. Jan de Vries", "J. Smith": capitalised words, no digits or punctuation at the end. */
const NAME = /^\p{Lu}[\p{L}.'’-]{0,30}(?:\s+\p{L}[\p{L}.'’-]{0,30}){1,3}$/u
/** "Tel: …", "Mobile …", "T: …", "E: …", "Fax", and their common translations. */
const CONTACT_LABEL =
  /^(?:t|m|f|e|w|p|tel|tél|phone|mobile|mob|cell|fax|email|e-mail|mail|web|website|telefon|telefoon|téléphone|teléfono|telefone|telefono|handy|mobil|tlf|puh|тел)\b\.?\s*[:.|]?\s*\S/iu
/** A phone number: a "+" or "(" or "0" and at least seven more digits and separators. */
const PHONE = /(?:^|[\s:])(?:\+|\(?0)\d[\d\s()/.-]{6,24}\d/
const WEB = /(?:https?:\/\/|www\.)\S/i

const isContactLine = (line: string) => CONTACT_LABEL.test(line) || PHONE.test(line) || WEB.test(line) || hasAddress(line)

/** A line of a sentence: it ends like one, or asks or introduces something. */
const isSentence = (line: string) => /[?!:]$/.test(line) || /\s\p{Ll}{3,}[.]$/u.test(line)

/** `card` (trimmed lines) is a contact card. `isClosing` tells a closing line ("Best regards,"). */
function isCard(card: string[], isClosing: (line: string) => boolean): boolean {
  if (card.length < 2 || card.length > MAX_CARD_LINES || card.some((l) => l.length > MAX_CARD_LINE)) return false
  const nameAt = isClosing(card[0]) ? 1 : 0
  // "Anna Example | Purchasing Manager | ACME Ltd.", "Anna Example, ACME Ltd", "Anna Example – Purchasing"
  const [name, ...titles] = (card[nameAt] || "").split(/\s*(?:[|,•·]|\s[-–—]\s)\s*/)
  if (!NAME.test(name)) return false
  const rest = [...titles, ...card.slice(nameAt + 1)].filter(Boolean)
  return rest.some(isContactLine) && !rest.some(isSentence)
}

/**
 * Index where a trailing contact card starts, or -1: the last paragraph, or its tail right after a
 * line that ends a sentence ("Please send it.\nAnna Example\nTel: …", as clients without a blank
 * line before the signature write it).
 */
function cardStart(lines: string[], isClosing: (line: string) => boolean): number {
  let end = lines.length
  while (end > 0 && isBlank(lines[end - 1])) end--
  let start = end
  while (start > 0 && !isBlank(lines[start - 1]) && end - start <= MAX_CARD_LINES) start--
  const paragraph = lines.slice(start, end).map((l) => l.trim())
  if (start > 0 && isBlank(lines[start - 1]) && isCard(paragraph, isClosing)) return start
  for (let k = 1; k < paragraph.length - 1; k++) {
    if (/[.!?]$/.test(paragraph[k - 1]) && isCard(paragraph.slice(k), isClosing)) return start + k
  }
  return -1
}

/** `lines` without a trailing contact card when the person's text stands before it. */
export function stripContactCard(lines: string[], isClosing: (line: string) => boolean): string[] {
  const start = cardStart(lines, isClosing)
  if (start < 0) return lines
  const before = lines.slice(0, start).filter((l) => !isBlank(l))
  // "Please send it to:\n\nAnna Example\nMain Street 5\n+49 …" is an address the person gives
  if (!before.length || /[:：]$/.test(before[before.length - 1].trim())) return lines
  return lines.slice(0, start)
}
