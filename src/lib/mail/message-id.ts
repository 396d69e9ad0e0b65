import { createHmac, randomBytes, timingSafeEqual } from "node:crypto"
import { deriveKey } from "../crypto/keys"

/**
 * Message-IDs of the mail this helpdesk sends: `hd.<random>.<token>@<domain>`,
 * the token an HMAC of the random part under a key derived from the secret.
 * Anyone can quote a Message-ID they have seen, but only the helpdesk can
 * make one that verifies: a delivery failure report is trusted, and a mail
 * taken for our own, only when the Message-ID it names verifies.
 * Stored and compared without angle brackets, like every message_id.
 */
const RANDOM_BYTES = 12
const TOKEN_HEX = 16
const OWN_ID = /^hd\.([0-9a-f]{24})\.([0-9a-f]{16})@[^@\s]+$/i
const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/

/** Where a Message-ID is made when the ticket has no mailbox to name one. */
export const FALLBACK_MESSAGE_ID_DOMAIN = "localhost"

function token(random: string, secret: string): string {
  return createHmac("sha256", deriveKey(secret, "message-id")).update(`hd.${random}`).digest("hex").slice(0, TOKEN_HEX)
}

/** The domain part for mail from `address` (its domain when it is a plain host name). */
export function messageIdDomain(address: string | null | undefined): string {
  const domain = (address ?? "").split("@").pop()!.trim().toLowerCase()
  return address?.includes("@") && domain.length <= 253 && DOMAIN.test(domain) ? domain : FALLBACK_MESSAGE_ID_DOMAIN
}

/**
 * A new Message-ID for outgoing mail. Without a secret there is no token:
 * the id is still unique, but a bounce that quotes it is not trusted.
 */
export function createMessageId(domain: string, secret: string | null | undefined): string {
  const random = randomBytes(RANDOM_BYTES).toString("hex")
  return secret ? `hd.${random}.${token(random, secret)}@${domain}` : `hd.${random}@${domain}`
}

/** Whether this helpdesk made the Message-ID (with this secret). */
export function isOwnMessageId(id: string | null | undefined, secret: string | null | undefined): boolean {
  if (!id || !secret) return false
  const match = OWN_ID.exec(id)
  if (!match) return false
  // Some relays change the case of what they quote; the id is hex either way.
  const expected = Buffer.from(token(match[1].toLowerCase(), secret))
  const given = Buffer.from(match[2].toLowerCase())
  return timingSafeEqual(expected, given)
}
