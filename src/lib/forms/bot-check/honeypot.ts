/**
 * A form field the hosted page hides from people (off-screen, out of the tab
 * order, autocomplete off) under a name form-filling bots like to fill in.
 */
export const HONEYPOT_FIELD = "company_website"

/** Whether the hidden field holds anything; a person never sees it, so anything there came from a bot. */
export function honeypotFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === "string") return value.trim() !== ""
  // A number, an object or an array in a field the page sends as empty text was not typed by a person.
  return true
}
