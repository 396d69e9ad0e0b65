import { createCipheriv, createHash, randomBytes } from "node:crypto"
import { decryptSecret, encryptSecret, SecretKeyMissingError } from "../secret-box"

const KEY = "a-long-enough-secret-key-for-the-helpdesk"
const SERVER = '["imap","imap.shop.test",993,"support",true]'

/** A value as versions before v2 stored it: SHA-256 of the secret as key, no bound server. */
function legacyV1(plain: string, secret: string): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv("aes-256-gcm", createHash("sha256").update(`medusa-helpdesk:${secret}`).digest(), iv)
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()])
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), data.toString("base64")].join(":")
}

describe("mailbox passwords at rest (AES-256-GCM)", () => {
  it("round-trips a password and never stores it in plain text", () => {
    const stored = encryptSecret("hunter2-pässword", KEY, SERVER)
    expect(stored).not.toContain("hunter2")
    expect(stored.startsWith("v2:")).toBe(true)
    expect(decryptSecret(stored, KEY, SERVER)).toBe("hunter2-pässword")
  })

  it("uses a fresh IV each time, so equal passwords do not look equal", () => {
    expect(encryptSecret("same", KEY, SERVER)).not.toBe(encryptSecret("same", KEY, SERVER))
  })

  it("cannot be decrypted for another server than the one it was saved for", () => {
    const stored = encryptSecret("secret", KEY, SERVER)
    expect(() => decryptSecret(stored, KEY, '["imap","evil.example",993,"support",true]')).toThrow(/server it was saved for .* changed/)
  })

  it("refuses a changed key and a tampered value with a message an admin can act on", () => {
    const stored = encryptSecret("secret", KEY, SERVER)
    expect(() => decryptSecret(stored, "another-secret-key-here-0123456789", SERVER)).toThrow(/secret key .* changed/)
    const [v, iv, tag, data] = stored.split(":")
    const flipped = Buffer.from(data, "base64")
    flipped[0] ^= 1
    expect(() => decryptSecret([v, iv, tag, flipped.toString("base64")].join(":"), KEY, SERVER)).toThrow(/cannot be decrypted/)
  })

  it("refuses a shortened authentication tag instead of checking its few bytes", () => {
    const [v, iv, tag, data] = encryptSecret("secret", KEY, SERVER).split(":")
    const short = Buffer.from(tag, "base64").subarray(0, 4).toString("base64")
    expect(() => decryptSecret([v, iv, short, data].join(":"), KEY, SERVER)).toThrow(/damaged/)
  })

  it("still reads passwords stored by earlier versions (v1), whatever the server", () => {
    expect(decryptSecret(legacyV1("old-password", KEY), KEY, SERVER)).toBe("old-password")
    expect(() => decryptSecret(legacyV1("old-password", KEY), "another-secret-key-here-0123456789", SERVER)).toThrow(/cannot be decrypted/)
  })

  it("says how to configure a key when there is none", () => {
    expect(() => encryptSecret("x", undefined, SERVER)).toThrow(SecretKeyMissingError)
    expect(() => encryptSecret("x", "", SERVER)).toThrow(/HELPDESK_SECRET.*32/)
  })
})
