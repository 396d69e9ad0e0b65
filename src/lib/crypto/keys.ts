import { hkdfSync } from "node:crypto"

/** Shortest `secretKey` / HELPDESK_SECRET accepted: HKDF adds no strength to a guessable secret. */
export const MIN_SECRET_LENGTH = 32

/** What a derived key is for; each use gets its own key from the one secret. */
export type KeyPurpose =
  | "mailbox-password"
  | "message-id"
  | "guest-link-token"
  | "confirm-link-token"
  | "form-start-token"
  | "form-challenge"
  | "form-challenge-key"

const derived = new Map<string, Buffer>()

/**
 * A 32-byte key for one purpose, derived from the operator's secret with
 * HKDF-SHA256. Separate purposes give unrelated keys, so the Message-ID
 * tokens that leave in every mail reveal nothing about the key that
 * encrypts mailbox passwords.
 */
export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  const cacheKey = `${purpose}\u0000${secret}`
  let key = derived.get(cacheKey)
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "medusa-helpdesk", `medusa-helpdesk/${purpose}/v1`, 32))
    // One or two secrets per process; the cap only guards against misuse.
    if (derived.size < 16) derived.set(cacheKey, key)
  }
  return key
}
