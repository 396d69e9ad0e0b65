import { subjectsAgree } from "./normalize-subject"

export interface ThreadCandidate {
  id: string
  subject: string
}

export interface ThreadLookup {
  /** Tickets by public number (already followed to where merged tickets point). */
  byNumber: Map<string, ThreadCandidate>
  /** Tickets by the Message-ID of any stored message (mail in or out). */
  byMessageId: Map<string, ThreadCandidate>
  /** By ticket id: the addresses (lower case) the ticket was forwarded to. */
  forwardedTo?: Map<string, Set<string>>
}

export interface ThreadableMail {
  subject: string
  message_id: string | null
  in_reply_to: string | null
  references: string[]
  ticket_ref: { number: string; kind: "ticket" | "forward" } | null
  /** The sender's address, lower case. */
  from?: string | null
}

export type ThreadDecision =
  | { ticket: ThreadCandidate; via: "tag" | "headers"; kind: "message" | "forward" }
  | { ticket: null; via: null; kind: "message" }

/**
 * Which ticket a mail continues (F-MAIL-THREAD): the subject's tag first,
 * then In-Reply-To and References, newest first, guarded by the subject;
 * otherwise none. A forward tag makes the mail a colleague's internal reply
 * only when it comes from an address the ticket was forwarded to: anyone can
 * write "[ID:123456]" in a subject, so from anyone else the tag is ignored and
 * the mail is ordinary customer mail.
 */
export function decideThread(mail: ThreadableMail, lookup: ThreadLookup): ThreadDecision {
  if (mail.ticket_ref) {
    const ticket = lookup.byNumber.get(mail.ticket_ref.number)
    if (ticket && mail.ticket_ref.kind === "ticket") {
      return { ticket, via: "tag", kind: "message" }
    }
    if (ticket && mail.from && lookup.forwardedTo?.get(ticket.id)?.has(mail.from)) {
      return { ticket, via: "tag", kind: "forward" }
    }
  }
  const ids = [mail.in_reply_to, ...[...mail.references].reverse()].filter((id): id is string => !!id)
  for (const id of ids) {
    const ticket = lookup.byMessageId.get(id)
    if (ticket && subjectsAgree(mail.subject, ticket.subject)) {
      return { ticket, via: "headers", kind: "message" }
    }
  }
  return { ticket: null, via: null, kind: "message" }
}
