/**
 * Trimming by a scan. A pattern such as /[ \t]+$/ or /[*_]+$/ is tried again
 * from every character of a long run that does not reach the end, so its time
 * grows with the square of the run: hostile mail sends runs of megabytes.
 */

/** `s` without the characters matching `char` (a one-character pattern) at either end. */
export function trimChars(s: string, char: RegExp): string {
  let start = 0
  while (start < s.length && char.test(s[start])) start++
  return trimEndChars(start ? s.slice(start) : s, char)
}

/** `s` without the characters matching `char` (a one-character pattern) at its end. */
export function trimEndChars(s: string, char: RegExp): string {
  let end = s.length
  while (end > 0 && char.test(s[end - 1])) end--
  return end === s.length ? s : s.slice(0, end)
}
