/**
 * Reply headers that introduce quoted history: "On … wrote:" in its localized forms (one rule per
 * language family), "<date> <name> <addr>:" lines, and their Gmail/Apple Mail wraps over up to four
 * lines. Each rule reads one header of at most MAX_HEADER_LENGTH characters.
 */
import { trimChars } from "../trim"
import { clean, hasAddress, isBlank, isQuoted } from "./lines"

const MAX_HEADER_LINES = 4
const MAX_HEADER_LENGTH = 400

const DASHES = /[-–—=\s]/

const hasDate = (s: string) => /\d/.test(s)

/** Reply header rules: [pattern, needs a digit or an address in the header]. */
const HEADER_RULES: [RegExp, boolean][] = [
  // English: "On <date>, <name> <addr> wrote:" (also "…wrote" without colon, "<addr>wrote:")
  [/^On\b.{4,}(?:\b|>|\))(?:wrote|writes)\s*:?$/i, true],
  [/^.{4,}(?:\b|>|\))wrote\s*:$/i, true],
  // French, Spanish, Italian, Portuguese, Catalan
  [/^Le\b.{4,}\s(?:a\s+)?[ée]crit\s*:?$/i, true],
  [/^El\b.{4,}\s(?:escribi[óo]|va escriure)\s*:?$/i, true],
  [/^(?:Il|In data)\b.{4,}\s(?:ha\s+)?scritto\s*:?$/i, true],
  [/^(?:Em|No dia|A)\b.{4,}\s(?:escreveu|escribió|va escriure)\s*:?$/i, true],
  // German, Dutch
  [/^.{4,}\sschrieb\b.*:$/i, true],
  [/^.{4,}\s(?:schreef|het volgende geschreven)\b.*:$/i, true],
  // Scandinavian, Finnish
  [/^.{4,}\sskrev\b.*:$/i, true],
  [/^.{4,}\skirjoitti\s*:$/i, true],
  // Polish, Czech, Slovak, Hungarian, Turkish
  // Hungarian Gmail: "Name <addr> ezt írta (időpont: 2024. jún. 3., H, 10:15):"
  [/^.{4,}\sezt írta\s*\([^()]{1,120}\)\s*:$/iu, true],
  [/^.{4,}\s(?:pisze|napisał|napisała|napisał\(a\)|napsal|napsala|napsal\(a\)|napísal|írta|yazdı)\s*:$/iu, true],
  // Russian, Ukrainian: "30.04.2025, 15:19, Иван <ivan@example.ru> пишет:", "… написал(а):"
  [/^.{4,}\s(?:пишет|писал|написал|написала|написал\(а\)|пише|написав|написала|написав\(ла\))\s*:$/iu, true],
  // Hebrew, Arabic, Greek, Romanian, Baltic, South Slavic, Vietnamese, Indonesian, Estonian, Icelandic
  [/^.{4,}[\s>)](?:כתב|כתבה|كتب|έγραψε|a scris|scrise|rašė|rakstīja|napisao|napisala|je napisal|написа|piše|đã viết|menulis|kirjutas|skrifaði)\s*:$/iu, true],
  // Chinese, Japanese, Korean
  [/^.{0,200}(?:写道|寫道)\s*[：:]$/u, false],
  [/^.{0,200}(?:のメッセージ|は書きました)\s*[：:]$/u, false],
  [/^.{0,200}작성\s*[：:]$/u, true],
  // any language: "<date/time>, <name> <addr>:" e.g. "2017-11-24 16:32 GMT+01:00 Jo <jo@x.com>:",
  // "ср, 30 апр. 2025 г. в 15:19, Jo <jo@x.com>:", "Wednesday, 17 November 2021, 3:32 PM +0300 from jo@x.com <jo@x.com>:"
  [/^.{6,}[\s,]["'(<[]?[^\s<>()"'[\]]+@[^\s<>()"'[\]]+\.[a-z]{2,}[>)\]"']*\s*[:：]$/iu, true],
]

/** How reply headers begin: "On", "Le", "Am", … or a date. */
const HEADER_OPENER = /^(?:on|le|el|il|in data|em|am|op|w dniu|dnia|den|på|no dia|\d)\b/iu

function isHeaderText(text: string): boolean {
  if (text.length > MAX_HEADER_LENGTH) return false
  const s = trimChars(text, DASHES) // "---- On … wrote ----"
  if (!/(?:[:：]|wrote|writes|[ée]crit|escribi[óo]|scritto|escreveu|escriure)$/i.test(s)) return false // fast path
  for (const [rule, needsDateOrAddress] of HEADER_RULES) {
    if (rule.test(s)) {
      if (!needsDateOrAddress) return true
      if (rule === HEADER_RULES[HEADER_RULES.length - 1][0]) {
        // a time of day ("15:19", "18.30", "3:32 PM"), not a date like "12.03.2024"
        if (/(?<![\d.])\d{1,2}[:.]\d{2}(?![.\d])/.test(s)) return true
      } else if (hasDate(s) || hasAddress(s)) {
        return true
      }
    }
  }
  return false
}

/** Number of lines (1..4) of a reply header starting at `i`, or 0. */
export function replyHeaderLength(lines: string[], i: number): number {
  const line0 = lines[i] || ""
  let joined = ""
  for (let k = 1; k <= MAX_HEADER_LINES && i + k - 1 < lines.length; k++) {
    const line = lines[i + k - 1]
    // Gmail wraps "<address\n>:" so the header's last line looks like a quote
    const closing = k > 1 && /^\s*>\s*[:：]\s*$/.test(line)
    if (isBlank(line) || (isQuoted(line) && !closing)) break
    if (k > 1 && /[.!?]$/.test(lines[i + k - 2].trim()) && !/\b[ap]\.m\.$/i.test(lines[i + k - 2].trim())) break
    joined = k === 1 ? clean(line) : closing ? `${joined}${line.trim()}` : `${joined} ${line.trim()}`
    if (isHeaderText(joined)) {
      // "Hi,\nOn … wrote:" is text and a header on the next line, not a two-line header; but
      // "On …, Name\n<addr> wrote:" is one header although its second line would match alone
      for (let j = i + 1; j < i + k; j++) {
        const rest = lines.slice(j, i + k).map((l, n) => (n ? l.trim() : clean(l))).join(" ")
        if (!isHeaderText(rest)) continue
        if (HEADER_OPENER.test(clean(lines[j])) || !(HEADER_OPENER.test(clean(line0)) || /\d/.test(line0))) return 0
      }
      return k
    }
  }
  return 0
}

/** "… wrote:" in any form the header rules know, without the date or address they ask for. */
const QUOTE_VERB =
  /(?:wrote|writes|schrieb|[ée]crit|escribi[óo]|va escriure|escreveu|scritto|schreef|skrev|kirjoitti|napisał|napisała|napisał\(a\)|napsal|napsala|пишет|написал|написала|написал\(а\)|пише|написав)\s*[:：]$/iu

/**
 * A short line ending "… wrote:" right above a quote introduces it even without a date or an
 * address ("John Doe wrote:\n> …", as Thunderbird and mailing-list digests write it).
 */
export function isQuoteIntro(lines: string[], i: number): boolean {
  const line = clean(lines[i])
  if (line.length > 200 || !QUOTE_VERB.test(line)) return false
  let j = i + 1
  while (j < lines.length && isBlank(lines[j])) j++
  return j < lines.length && isQuoted(lines[j])
}

