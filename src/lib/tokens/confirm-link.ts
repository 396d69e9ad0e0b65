import { signToken, verifyToken } from "./signed-token"

/**
 * REQUEST_CONFIRM_URL: proves that whoever follows it reads mail at the
 * address a ticket came from (anti-spam, SPEC F-CONFIRM). Bound to one ticket
 * and one address, and short-lived: a link found in an old mailbox later
 * confirms nothing.
 */
export interface ConfirmLinkClaims {
  ticket_id: string
  email: string
}

export type ConfirmTokenResult = ({ ok: true } & ConfirmLinkClaims) | { ok: false; reason: "invalid" | "expired" }

const HOUR_MS = 60 * 60 * 1000

export function createConfirmToken(secret: string, claims: ConfirmLinkClaims, ttlHours: number, now = new Date()): string {
  const expiresAt = new Date(now.getTime() + ttlHours * HOUR_MS)
  return signToken(secret, "confirm-link", { t: claims.ticket_id, e: claims.email.trim().toLowerCase() }, { expiresAt })
}

export function readConfirmToken(secret: string, token: unknown, now = new Date()): ConfirmTokenResult {
  const verified = verifyToken(secret, "confirm-link", token, now)
  if (!verified.ok) return verified
  const { t, e, exp } = verified.payload
  // A confirm token always expires; one without `exp` was not made here.
  if (typeof t !== "string" || !t || typeof e !== "string" || !e || exp === undefined) {
    return { ok: false, reason: "invalid" }
  }
  return { ok: true, ticket_id: t, email: e }
}

/** The helpdesk's public confirmation page for the token. */
export function confirmLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/helpdesk/confirm/${token}`
}
