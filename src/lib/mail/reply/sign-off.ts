/**
 * Signature filters that run on the reply once the history is cut: the "-- " delimiter (RFC 3676)
 * and its cousins, closings with a short name below them ("Best regards,\nAnna"), and "-Anna"
 * sign-offs. Closings are listed per language.
 */
import { isBlank, MAX_PATTERN_LINE } from "./lines"

/** "-- " (RFC 3676), "--", "__" (mailing-list footers), underscore rules and em-dash rules. */
export const isSignatureDelimiter = (line: string) => /^(?:--|_{2,}|[—–]+)$/.test(line.trim())

// Punctuation and spaces, then emoji and spaces: the emoji part starts at an emoji, so a long run
// of spaces has one way to match, not one per split between the two (quadratic).
const closing = (phrases: string[]) =>
  new RegExp(
    `^(?:${phrases.join("|")})[\\s,.!！]*(?:[\\p{Extended_Pictographic}\\u200d\\ufe0f][\\p{Extended_Pictographic}\\u200d\\ufe0f\\s]*)?$`,
    "iu"
  )

/** Closings that end a message: what follows is a name and contact details. */
export const VALEDICTION = closing([
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
export const THANKS = closing(["thanks", "thank you", "many thanks", "thx", "merci(?: beaucoup)?", "grazie", "спасибо", "obrigad[oa]", "danke(?: schön)?", "gracias"])

/** Removes a closing ("Best regards,\nJohn Doe\nCEO") when only a short name/contact block follows it. */
export function stripSignOff(lines: string[]): string[] {
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
export function stripDashName(lines: string[]): string[] {
  const last = lines.length - 1
  if (last < 2 || !isBlank(lines[last - 1])) return lines
  if (/^[-~]\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,3}$/u.test(lines[last].trim())) return lines.slice(0, last)
  return lines
}
