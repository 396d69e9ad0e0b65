import type { TicketRefKind } from "./types"

export const DEFAULT_SUBJECT_TAG = "[#{number}]"
export const DEFAULT_FORWARD_TAG = "[ID:{number}]"

export type TicketRefFormats = { subjectTag?: string; forwardTag?: string }
export type TicketRef = { number: string; kind: TicketRefKind }

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const patterns = new Map<string, RegExp>()

function tagPattern(format: string): RegExp {
  let pattern = patterns.get(format)
  if (!pattern) {
    pattern = compileTagPattern(format)
    // A handful of formats per process; the cap only guards against misuse.
    if (patterns.size < 100) patterns.set(format, pattern)
  }
  return pattern
}

function compileTagPattern(format: string): RegExp {
  if (!format.includes("{number}")) throw new Error(`A ticket tag format needs "{number}": ${format}`)
  const [before, ...rest] = format.split("{number}")
  const after = rest.join("{number}")
  // whitespace in the format matches any run of whitespace; case of letters is ignored ("[id:12]")
  const part = (s: string) => escape(s).replace(/\s+/g, "\\s*")
  return new RegExp(`${part(before)}\\s*(\\d+)\\s*${part(after)}`, "giu")
}

/** The last match of the tag in the subject ("Re: Re: [#12] ... [#34]" is ticket 34's thread). */
function lastMatch(subject: string, format: string): string | null {
  let found: string | null = null
  for (const m of subject.matchAll(tagPattern(format))) found = m[1]
  return found
}

/**
 * Ticket number in a subject tag: the ticket tag (default "[#{number}]") first, then the forward
 * tag (default "[ID:{number}]"). Numbers are digits only.
 */
export function findTicketRef(subject: string | null | undefined, formats: TicketRefFormats = {}): TicketRef | null {
  if (!subject) return null
  const ticket = lastMatch(subject, formats.subjectTag || DEFAULT_SUBJECT_TAG)
  if (ticket) return { number: ticket, kind: "ticket" }
  const forward = lastMatch(subject, formats.forwardTag || DEFAULT_FORWARD_TAG)
  if (forward) return { number: forward, kind: "forward" }
  return null
}

/** The tag for outgoing mail, e.g. formatTicketTag("[#{number}]", 123456) → "[#123456]". */
export function formatTicketTag(format: string, number: string | number): string {
  const value = String(number)
  if (!/^\d+$/.test(value)) throw new Error(`A ticket number has digits only: ${value}`)
  if (!format.includes("{number}")) throw new Error(`A ticket tag format needs "{number}": ${format}`)
  return format.split("{number}").join(value)
}
