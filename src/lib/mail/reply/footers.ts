/**
 * Client footers a mail app appends below what the person wrote ("Sent from my iPhone"). Each
 * phrase names the client or the language it comes from. A footer ends the person's text, so a
 * line that reads like one but is followed by more of the person's words is text (see
 * `isFooterAt`): "Sent from my phone because I was away" in the middle of a message stays.
 */
import { clean, isBlank, isQuoted, withoutLinks } from "./lines"

const FOOTER = new RegExp(
  "^(?:" +
    [
      // iOS, Android, BlackBerry: "Sent from my iPhone", "Sent from my Samsung Galaxy smartphone."
      "sent from my \\S+(?: \\S+){0,4}",
      // desktop and webmail apps: "Sent from Mail for Windows 10", "Sent from Yahoo Mail on Android"
      "sent from (?:outlook|mail|yahoo mail|gmail|aol|proton ?mail|typeapp|samsung|huawei|bluemail|blackberry|windows mail|mail for windows|spark|edison|my mobile)\\b.*",
      "sent (?:from|via|with) .{1,40} (?:for|on) (?:ios|android|iphone|ipad|windows|mac|my phone)",
      // carriers' and apps' short forms: "Sent via mobile", "via mobile", "Sent from mobile"
      "(?:sent )?(?:via|from) (?:my )?mobile(?: device| phone)?",
      // Outlook mobile
      "get outlook for (?:ios|android|mac|windows).*",
      // German
      "von meinem \\S+(?: \\S+){0,3} gesendet",
      "gesendet (?:von|mit|vom) (?:meinem )?.{1,40}",
      // French
      "envoyé (?:de|depuis) (?:mon )?.{1,40}",
      "envoyé à partir de .{1,40}",
      "télécharger outlook pour .{1,20}",
      // Spanish, Portuguese
      "enviado (?:desde|do|de) (?:mi |meu |o meu )?.{1,40}",
      // Italian
      "inviato da(?:l mio)? .{1,40}",
      // Dutch
      "verzonden (?:vanaf|met|van) (?:mijn )?.{1,40}",
      "verstuurd vanaf (?:mijn )?.{1,40}",
      // Danish, Norwegian, Swedish, Finnish
      "sendt fra (?:min |mi )?.{1,40}",
      "skickat från (?:min )?.{1,40}",
      "lähetetty .{1,30}(?:sta|stä)",
      // Russian ("Отправлено с iPhone", "Отправлено из мобильной Почты Mail.ru"), Polish, Czech
      "отправлено (?:с|из) .{1,40}",
      "wysłane z (?:mojego )?.{1,40}",
      "odesláno z .{1,40}",
      // Chinese, Japanese
      "从我的.{1,20}发送",
      "iphoneから送信",
    ].join("|") +
    ")$",
  "iu"
)

/** Words of a sentence; a device or app name has none of them ("Sent from my phone because I was away"). */
const SENTENCE_WORD = /\b(?:because|when|while|since|but|so|i|was|were|am|is|to|at|the|if|which|who|that|and)\b/i

/** The line alone reads like a client footer. */
export function isFooterLine(line: string): boolean {
  // "Get Outlook for iOS<https://aka.ms/o0ukef>", "Sent from Mail<https://…> for Windows 10"
  const s = withoutLinks(clean(line)).replace(/(?<!\.)\.$/, "")
  if (!s || s.length > 80 || /[,;]/.test(s) || /[.!?]$/.test(s)) return false
  return FOOTER.test(s)
}

/**
 * A footer at `i` ends the person's text: it reads like one and either names no sentence or
 * nothing of the person's follows it (only blank lines, quotes, or what `endsText` recognises:
 * reply headers, separators, signatures).
 */
export function isFooterAt(lines: string[], i: number, endsText: (lines: string[], j: number) => boolean): boolean {
  if (!isFooterLine(lines[i])) return false
  if (!SENTENCE_WORD.test(withoutLinks(clean(lines[i])).replace(/^sent from my\b/i, ""))) return true
  let j = i + 1
  while (j < lines.length && isBlank(lines[j])) j++
  return j >= lines.length || isQuoted(lines[j]) || isFooterLine(lines[j]) || endsText(lines, j)
}
