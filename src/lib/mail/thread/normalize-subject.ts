/**
 * A subject reduced to what identifies the conversation: no reply/forward
 * prefixes in the usual languages, no ticket tags, no case or spacing noise.
 */
const PREFIX = /^\s*(re|fw|fwd|aw|wg|sv|vs|antw|antwort|rif|tr|r|odp|ynt|ответ|отв|пересл|fwd?)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*/i
const TAG = /\[(#|ID:)\s*\d+\]/gi

export function normalizeSubject(subject: string | null | undefined): string {
  let s = (subject ?? "").replace(TAG, " ")
  for (let i = 0; i < 10; i++) {
    const next = s.replace(PREFIX, "")
    if (next === s) break
    s = next
  }
  return s.replace(/\s+/g, " ").trim().toLowerCase()
}

/**
 * Header threading alone over-threads: people answer an old mail to raise a
 * new matter. A header match counts only when the subjects still agree.
 */
export function subjectsAgree(mailSubject: string | null | undefined, ticketSubject: string | null | undefined): boolean {
  const a = normalizeSubject(mailSubject)
  const b = normalizeSubject(ticketSubject)
  if (!a || !b) return true
  return a === b || a.includes(b) || b.includes(a)
}
