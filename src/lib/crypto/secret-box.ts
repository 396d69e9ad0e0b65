import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto"

/**
 * Mailbox passwords at rest: AES-256-GCM with a fresh 12-byte IV per value.
 * The stored form names its version so the scheme can change without
 * guessing what an old row holds.
 */
const VERSION = "v1"
const IV_BYTES = 12

export class SecretKeyMissingError extends Error {
  constructor() {
    super(
      "medusa-helpdesk needs a secret key to store mailbox passwords: set the plugin option `secretKey` or the HELPDESK_SECRET environment variable (at least 16 characters)."
    )
  }
}

function keyFrom(secret: string): Buffer {
  // The secret is an operator-chosen passphrase, not raw key bytes: hash it to 32 bytes.
  return createHash("sha256").update(`medusa-helpdesk:${secret}`).digest()
}

export function encryptSecret(plain: string, secret: string | undefined | null): string {
  if (!secret) {
    throw new SecretKeyMissingError()
  }
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secret), iv)
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  const tag = cipher.getAuthTag()
  return [VERSION, iv.toString("base64"), tag.toString("base64"), data.toString("base64")].join(":")
}

export function decryptSecret(stored: string, secret: string | undefined | null): string {
  if (!secret) {
    throw new SecretKeyMissingError()
  }
  const [version, iv, tag, data] = stored.split(":")
  if (version !== VERSION || !iv || !tag || data === undefined) {
    throw new Error("The stored mailbox password is not in a form this version can read.")
  }
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), Buffer.from(iv, "base64"))
  decipher.setAuthTag(Buffer.from(tag, "base64"))
  try {
    return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8")
  } catch {
    throw new Error(
      "The mailbox password cannot be decrypted: the secret key (`secretKey` / HELPDESK_SECRET) changed since it was saved. Enter the password again."
    )
  }
}
