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
 */

import { trimChars } from "./trim"
import { stripContactCard } from "./reply/contact-block"
import { isFooterAt } from "./reply/footers"
import { isReplyMarker } from "./reply/markers"
import { clean, hasAddress, isBlank, isQuoted, MAX_PATTERN_LINE } from "./reply/lines"

export { hasAddress } from "./reply/lines"

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

const SEPARATOR_PHRASES = [
  "original message", "forwarded message", "forwarded e-?mail", "ursprüngliche nachricht", "originalnachricht",
  "weitergeleitete nachricht", "oprindelig besked", "videresendt besked", "videresendt meddelelse",
  "message d'origine", "message d’origine", "message transféré", "message original", "mensaje original", "mensaje reenviado",
  "messaggio originale", "messaggio inoltrato", "mensagem original", "mensagem encaminhada", "mensagem reencaminhada",
  "oorspronkelijk bericht", "doorgestuurd bericht", "ursprungligt meddelande", "vidarebefordrat meddelande",
  "opprinnelig melding", "videresendt melding", "alkuperäinen viesti", "välitetty viesti", "wiadomość oryginalna",
  "przekazana wiadomość", "původní zpráva", "přeposlaná zpráva", "eredeti üzenet", "továbbított üzenet",
  "orijinal mesaj", "orijinal ileti", "iletilen mesaj", "original-nachricht", "oprindelig meddelelse",
  "αρχικό μήνυμα", "původní e-mail", "mesaj original", "originalt meddelande", "исходное сообщение", "пересылаемое сообщение", "пересланное сообщение",
  "оригинальное сообщение", "原始邮件", "转发的邮件", "原始郵件", "元のメッセージ", "転送されたメッセージ",
  "원본 메시지", "전달된 메시지",
]
/** "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:" */
const SEPARATOR = new RegExp(`^[-=_*~\\s]*(?:${SEPARATOR_PHRASES.join("|")})[-=_*~\\s]*:?$`, "iu")
const FORWARD_INTRO =
  /^(?:begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|inizio messaggio inoltrato|início da mensagem reencaminhada|begin doorgestuurd bericht|начало пересылаемого сообщения)\s*:?$/iu

const FROM_LABEL =
  /^(?:from|von|de|de la|da|van|fra|från|od|от|від|από|šalje|kimden|lähettäjä|feladó|afzender|remetente|mittente|发件人|寄件者|差出人|보낸 사람)\s*[:：]\s*\S/iu
const OTHER_LABEL =
  /^(?:sent|date|to|cc|bcc|subject|reply-to|trimis|către|subiect|στάλθηκε|προς|θέμα|ημερομηνία|odoslané|predmet|poslano|prima|надіслано|enviad[oa](?: el| em)?|gesendet|datum|an|betreff|kopie|envoyé(?: le)?|à|a|objet|copie(?: à)?|sujet|message du|enviado|fecha|para|asunto|assunto|inviato|data|oggetto|verzonden|aan|onderwerp|sendt|dato|til|emne|skickat|till|ämne|wysłano|do|temat|отправлено|дата|кому|копия|тема|lähetetty|päivämäärä|vastaanottaja|aihe|gönderildi|tarih|kime|konu|odesláno|komu|předmět|elküldve|címzett|tárgy|发送时间|日期|收件人|主题|送信日時|宛先|件名|보낸 날짜|받는 사람|제목)\s*[:：]/iu
const STRONG_LABEL = /^(?:sent|subject|enviad[oa](?: el| em)?|trimis|subiect|στάλθηκε|θέμα|odoslané|predmet|poslano|надіслано|gesendet|betreff|envoyé(?: le)?|objet|sujet|enviado|asunto|assunto|inviato|oggetto|verzonden|onderwerp|sendt|emne|skickat|ämne|wysłano|temat|отправлено|тема|lähetetty|aihe|gönderildi|konu|odesláno|předmět|elküldve|tárgy|发送时间|主题|送信日時|件名|보낸 날짜|제목)\s*[:：]/iu

/** Start line of an Outlook/forward header block ("From: … Sent: … To: … Subject: …") at `i`, or -1. */
function headerBlockStart(lines: string[], i: number): number {
  const from = clean(lines[i])
  if (!FROM_LABEL.test(from)) return -1
  let others = 0
  let strong = 0
  let address = hasAddress(from) || /\[mailto:/i.test(from)
  for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
    const line = clean(lines[j])
    if (!line) break
    if (OTHER_LABEL.test(line)) {
      others++
      if (STRONG_LABEL.test(line)) strong++
    } else if (j === i + 1 || j === i + 2) {
      if (hasAddress(line)) address = true // "From: Long Name\n<address@example.com>"
    } else {
      break
    }
  }
  if (!(others >= 1 && address) && !(others >= 2 && strong >= 1)) return -1
  let start = i
  while (start > 0 && !isBlank(lines[start - 1]) && OTHER_LABEL.test(clean(lines[start - 1]))) start--
  return start
}

/** "-- " (RFC 3676), "--", "__" (mailing-list footers), underscore rules and em-dash rules. */
const isSignatureDelimiter = (line: string) => /^(?:--|_{2,}|[—–]+)$/.test(line.trim())

// Punctuation and spaces, then emoji and spaces: the emoji part starts at an emoji, so a long run
// of spaces has one way to match, not one per split between the two (quadratic).
const closing = (phrases: string[]) =>
  new RegExp(
    `^(?:${phrases.join("|")})[\\s,.!！]*(?:[\\p{Extended_Pictographic}\\u200d\\ufe0f][\\p{Extended_Pictographic}\\u200d\\ufe0f\\s]*)?$`,
    "iu"
  )

/** Closings that end a message: what follows is a name and contact details. */
const VALEDICTION = closing([
  "(?:best|kind|warm|warmest|kindest|many|with kind|with best|with warm)? ?regards",
  "best(?: wishes)?", "all the best", "cheers", "sincerely", "yours(?: sincerely| truly| faithfully)?", "cordially",
  "respectfully", "take care", "br",
  "mit freundlichen grü(?:ß|ss)en", "freundliche grü(?:ß|ss)e", "(?:viele|beste|liebe|herzliche) grü(?:ß|ss)e", "grü(?:ß|ss)e", "gru(?:ß|ss)", "mfg", "lg", "vg",
  "(?:bien )?cordialement", "bien (?:à|a) (?:vous|toi)", "(?:meilleures )?salutations", "amicalement",
  "saludos(?: cordiales)?", "un saludo", "atentamente", "cordiali saluti", "distinti saluti", "saluti",
  "met vriendelijke groet(?:en)?", "vriendelijke groet(?:en)?", "groeten", "med vänlig hälsning", "vänliga hälsningar", "mvh",
  "med venlig hilsen", "venlig hilsen", "vennlig hilsen", "hilsen", "ystävällisin terveisin", "terveisin",
  "с уважением", "всего доброго", "всего хорошего", "с наилучшими пожеланиями",
  "atenciosamente", "abraços", "pozdrawiam", "z poważaniem", "s pozdravem", "üdvözlettel", "saygılarımla",
])
/** "Thanks," is a closing only when no more than a short name follows it (not "Thanks\nOrder 123"). */
const THANKS = closing(["thanks", "thank you", "many thanks", "thx", "merci(?: beaucoup)?", "grazie", "спасибо", "obrigad[oa]", "danke(?: schön)?", "gracias"])

/** Removes a closing ("Best regards,\nJohn Doe\nCEO") when only a short name/contact block follows it. */
function stripSignOff(lines: string[]): string[] {
  for (let v = lines.length - 1; v > 0; v--) {
    const line = lines[v].trim()
    if (line.length > MAX_PATTERN_LINE) continue
    const formal = VALEDICTION.test(line)
    if (!formal && !THANKS.test(line)) continue
    const after = lines.slice(v + 1).map((l) => l.trim()).filter(Boolean)
    if (!after.length || after.length > (formal ? 6 : 2)) return lines
    if (after.some((l) => l.length > (formal ? 60 : 40) || /[?:]$/.test(l) || (!formal && /\d/.test(l)))) return lines
    const before = lines.slice(0, v)
    if (!before.some((l) => !isBlank(l))) return lines
    return before
  }
  return lines
}

/** A last line "-Abhishek Kona" / "~Anna" after a blank line is a sign-off. */
function stripDashName(lines: string[]): string[] {
  const last = lines.length - 1
  if (last < 2 || !isBlank(lines[last - 1])) return lines
  if (/^[-~]\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}$/u.test(lines[last].trim())) return lines.slice(0, last)
  return lines
}

function trimBlankEdges(lines: string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && isBlank(lines[start])) start++
  while (end > start && (isBlank(lines[end - 1]) || /^\s*(?:[-=_*~—–•·]\s*){3,}$/.test(lines[end - 1]))) end--
  return lines.slice(start, end)
}

/** "… wrote:" in any form the header rules know, without the date or address they ask for. */
const QUOTE_VERB =
  /(?:wrote|writes|schrieb|[ée]crit|escribi[óo]|va escriure|escreveu|scritto|schreef|skrev|kirjoitti|napisał|napisała|napisał\(a\)|napsal|napsala|пишет|написал|написала|написал\(а\)|пише|написав)\s*[:：]$/iu

/**
 * A short line ending "… wrote:" right above a quote introduces it even without a date or an
 * address ("John Doe wrote:\n> …", as Thunderbird and mailing-list digests write it).
 */
function isQuoteIntro(lines: string[], i: number): boolean {
  const line = clean(lines[i])
  if (line.length > 200 || !QUOTE_VERB.test(line)) return false
  let j = i + 1
  while (j < lines.length && isBlank(lines[j])) j++
  return j < lines.length && isQuoted(lines[j])
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
