/**
 * Line helpers shared by the reply filters (reply.ts and the filters beside this file). Plain
 * functions of one line: no pattern here may backtrack on a long line.
 */
import { trimChars } from "../trim"

/**
 * Longer lines are never a reply header, label, separator or sign-off, so no pattern reads them:
 * one hostile line must not cost more than its length (issue 14: a 6.5 KB "From: a@a@…" line
 * took 31 s when every pattern saw it whole).
 */
export const MAX_PATTERN_LINE = 1000

export const isBlank = (line: string) => line.trim() === ""
export const isQuoted = (line: string) => /^\s*>/.test(line)

const EMPHASIS = /[*_]/
/** trimmed, with markdown emphasis from HTML conversion ("*From:*") removed */
export const clean = (line: string) => trimChars(line.trim(), EMPHASIS).replace(/^([^:：]{1,40}[:：])[*_]+/, "$1").trim()

/** Characters that end an address: whitespace and the brackets and quotes around it. */
const ADDRESS_BREAK = /[\s<>()"'[\]]+/
const DOMAIN_END = /[^]\.[a-z]{2}/i

/**
 * "…x@y.tld…" anywhere in `s`, as /[^\s<>()"'[\]]+@[^\s<>()"'[\]]+\.[a-z]{2,}/i would find it, read word
 * by word: that pattern backtracks cubically on "a@a@a@…". In a word, the first "@" after its first
 * character leaves the most room for the domain, so it is the only one to look at.
 */
export function hasAddress(s: string): boolean {
  if (!s.includes("@")) return false
  for (const word of s.split(ADDRESS_BREAK)) {
    const at = word.indexOf("@", 1)
    if (at > 0 && DOMAIN_END.test(word.slice(at + 1))) return true
  }
  return false
}

/** `s` without its "<…>" links ("Sent from Mail<https://…> for Windows"), read by a scan, not a pattern. */
export function withoutLinks(s: string): string {
  if (!s.includes("<")) return s
  let out = ""
  let pos = 0
  for (;;) {
    const open = s.indexOf("<", pos)
    const close = open < 0 ? -1 : s.indexOf(">", open)
    if (close < 0) return (out + s.slice(pos)).replace(/\s+/g, " ").trim()
    out += s.slice(pos, open) + " "
    pos = close + 1
  }
}
