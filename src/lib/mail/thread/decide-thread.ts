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
}

export interface ThreadableMail {
  subject: string
  message_id: string | null
  in_reply_to: string | null
  references: string[]
  ticket_ref: { number: string; kind: "ticket" | "forward" } | null
}

export type ThreadDecision =
  | { ticket: ThreadCandidate; via: "tag" | "headers"; kind: "message" | "forward" }
  | { ticket: null; via: null; kind: "message" }

/**
 * Which ticket a mail continues (F-MAIL-THREAD): the subject's tag first (a
 * forward tag makes it a colleague's internal reply), then In-Reply-To and
 * References, newest first, guarded by the subject; otherwise none.
 */
export function decideThread(mail: ThreadableMail, lookup: ThreadLookup): ThreadDecision {
  if (mail.ticket_ref) {
    const ticket = lookup.byNumber.get(mail.ticket_ref.number)
    if (ticket) {
      return { ticket, via: "tag", kind: mail.ticket_ref.kind === "forward" ? "forward" : "message" }
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
