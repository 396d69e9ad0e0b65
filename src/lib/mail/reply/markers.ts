/**
 * Markers that helpdesks and notification mails put above their own text so a reply can be cut
 * there: Zendesk's "##- Please type your reply above this line -##", Freshdesk's and Help Scout's
 * "Reply above this line" / "Please do not write below this line", and the translations of the
 * common ones. Everything from the marker down is the quoted notification.
 */
const REPLY_MARKER = new RegExp(
  "(?:" +
    [
      "(?:reply|write|type|respond|answer)\\b.{0,30}\\b(?:above|below) this line",
      "(?:antworten|schreiben) sie (?:bitte )?(?:oberhalb|über|unterhalb) dieser zeile",
      "(?:répondez|écrivez) au-dessus de cette ligne",
      "(?:responda|escriba) (?:por encima|encima) de esta línea",
      "scrivi sopra questa riga",
      "(?:antwoord|reageer) boven deze regel",
      "ответьте выше этой строки",
    ].join("|") +
    ")",
  "iu"
)

/** The line is a "reply above this line" marker (short: a sentence mentioning one is text). */
export function isReplyMarker(line: string): boolean {
  const s = line.trim()
  return s.length <= 120 && REPLY_MARKER.test(s)
}
