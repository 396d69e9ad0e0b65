import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto"
import { deriveKey, MIN_SECRET_LENGTH } from "./keys"

/**
 * Mailbox passwords at rest: AES-256-GCM with a fresh 12-byte IV per value.
 * The stored form names its version so the scheme can change without
 * guessing what an old row holds:
 * - v2 (written now): key from HKDF, and `context` (the server the password
 *   belongs to) as additional authenticated data, so a value copied to, or
 *   left on, another server's settings cannot be decrypted there.
 * - v1 (read only): key from SHA-256 of the secret, no context. Rows saved
 *   before v2 stay readable until their password is entered again.
 */
const VERSION = "v2"
const LEGACY_VERSION = "v1"
const IV_BYTES = 12
const TAG_BYTES = 16

export class SecretKeyMissingError extends Error {
  constructor() {
    super(
      `medusa-helpdesk needs a secret key to store mailbox passwords: set the plugin option \`secretKey\` or the HELPDESK_SECRET environment variable (at least ${MIN_SECRET_LENGTH} characters).`
    )
  }
}

function legacyKey(secret: string): Buffer {
  return createHash("sha256").update(`medusa-helpdesk:${secret}`).digest()
}

export function encryptSecret(plain: string, secret: string | undefined | null, context: string): string {
  if (!secret) {
    throw new SecretKeyMissingError()
  }
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv("aes-256-gcm", deriveKey(secret, "mailbox-password"), iv, { authTagLength: TAG_BYTES })
  cipher.setAAD(Buffer.from(context, "utf8"))
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  const tag = cipher.getAuthTag()
  return [VERSION, iv.toString("base64"), tag.toString("base64"), data.toString("base64")].join(":")
}

export function decryptSecret(stored: string, secret: string | undefined | null, context: string): string {
  if (!secret) {
    throw new SecretKeyMissingError()
  }
  const [version, iv, tag, data] = stored.split(":")
  if ((version !== VERSION && version !== LEGACY_VERSION) || !iv || !tag || data === undefined) {
    throw new Error("The stored mailbox password is not in a form this version can read.")
  }
  const tagBytes = Buffer.from(tag, "base64")
  // A shortened tag would be checked on its few bytes only: refuse it outright.
  if (tagBytes.length !== TAG_BYTES) {
    throw new Error("The stored mailbox password is damaged. Enter the password again.")
  }
  const legacy = version === LEGACY_VERSION
  const key = legacy ? legacyKey(secret) : deriveKey(secret, "mailbox-password")
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"), { authTagLength: TAG_BYTES })
  if (!legacy) decipher.setAAD(Buffer.from(context, "utf8"))
  decipher.setAuthTag(tagBytes)
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8")
  } catch {
    throw new Error(
      "The mailbox password cannot be decrypted: the secret key (`secretKey` / HELPDESK_SECRET) or the server it was saved for (host, port, user, TLS) changed since it was saved. Enter the password again."
    )
  }
}
