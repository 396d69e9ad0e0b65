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
      "sent from my \\S+(?: \\S+){0,8}",
      // desktop and webmail apps: "Sent from Mail for Windows 10", "Sent from Yahoo Mail on Android"
      "sent from (?:outlook|mail|yahoo mail|gmail|aol|proton ?mail|typeapp|samsung|huawei|bluemail|blackberry|windows mail|mail for windows|spark|edison|my mobile)\\b.*",
      "sent (?:from|via|with) .{1,40} (?:for|on) (?:ios|android|iphone|ipad|windows|mac|my phone)",
      "sent with proton ?mail\\b.*",
      // carriers' and apps' short forms: "Sent via mobile", "via mobile", "Sent from mobile"
      "(?:sent )?(?:via|from) (?:my )?mobile(?: device| phone)?",
      // apps that name themselves: "Sent from Xfinity Connect Mobile App", "Sent from the Mail.ru app"
      "sent from .{1,40} (?:app|mobile|device|smartphone|tablet)",
      // Outlook mobile, and its translations ("Obtener Outlook para iOS", "Outlook für Android herunterladen")
      "get outlook for (?:ios|android|mac|windows).*",
      "(?:obtener|obter|obtenha|baixe|ottieni|scarica|haal|hent|skaffa|получите|получить|скачайте) (?:o )?outlook (?:para|per|voor|for|för|til|для) .{1,20}",
      "outlook für .{1,20} herunterladen",
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
      // Ukrainian, Romanian, Greek, Turkish, Hungarian
      "надіслано з .{1,40}",
      "trimis de pe .{1,40}",
      "στάλθηκε από .{1,40}",
      "\\S{1,30}(?:'?umdan|'?imden) gönderildi",
      "\\S{1,30}-?r[óo]l küldve",
      // Chinese, Japanese, Korean
      "从我的.{1,20}发送",
      "发自我的.{1,20}",
      "從我的.{1,20}傳送",
      "iphoneから送信",
      "내 .{1,20}에서 보냄",
    ].join("|") +
    ")$",
  "iu"
)

/** Words of a sentence; a device or app name has none of them ("Sent from my phone because I was away"). */
const SENTENCE_WORD = /\b(?:because|when|while|since|but|so|i|was|were|am|is|to|at|the|if|which|who|that|and)\b/i

/** The line as a footer pattern reads it: "Get Outlook for iOS<https://aka.ms/o0ukef>" → "Get Outlook for iOS". */
const footerText = (line: string) => withoutLinks(clean(line)).replace(/(?<!\.)\.$/, "")

/** The line alone reads like a client footer. */
export function isFooterLine(line: string): boolean {
  const s = footerText(line)
  if (!s || s.length > 100 || /[.!?]$/.test(s)) return false
  return FOOTER.test(s)
}

/**
 * "via mobile" and "Sent from <anything> app" name no known client: as a line of their own they can be
 * part of the text ("I paid\nvia mobile\nyesterday").
 */
const SHORT_FORM =
  /^(?:(?:sent )?(?:via|from) (?:my )?mobile\b|sent from (?!(?:my|outlook|mail|yahoo|gmail|aol|proton|typeapp|samsung|huawei|bluemail|blackberry|windows|spark|edison)\b)\S)/i

/**
 * The footer could be a sentence: it has a sentence word after the device part or a comma
 * ("Sent from my desk, which is easier"; but also "Sent from my Verizon, Samsung Galaxy smartphone").
 */
const mayBeSentence = (line: string) => {
  const s = footerText(line)
  return /[,;]/.test(s) || SHORT_FORM.test(s) || SENTENCE_WORD.test(s.replace(/^sent from my\b/i, ""))
}

/**
 * A footer at `i` ends the person's text: it reads like one and either names no sentence or
 * nothing of the person's follows it (only blank lines, quotes, or what `endsText` recognises:
 * reply headers, separators, signatures).
 */
export function isFooterAt(lines: string[], i: number, endsText: (lines: string[], j: number) => boolean): boolean {
  if (!isFooterLine(lines[i])) return false
  if (!mayBeSentence(lines[i])) return true
  if (/[.!?]$/.test(clean(lines[i]))) return false // a sentence with a full stop is the person's
  let j = i + 1
  while (j < lines.length && isBlank(lines[j])) j++
  return j >= lines.length || isQuoted(lines[j]) || isFooterLine(lines[j]) || endsText(lines, j)
}
