/**
 * `[#123456] Subject` for mail about a ticket (SPEC §6 "Subject tag"); the
 * tag is not repeated when the subject already carries it, so a thread's
 * subject stays one tag long however often it goes back and forth.
 */
export function taggedSubject(tagPattern: string, number: string, subject: string): string {
  const tag = tagPattern.replace("{number}", number)
  const clean = subject.replace(/[\r\n]+/g, " ").trim()
  return clean.includes(tag) ? clean : `${tag} ${clean}`.trim()
}
