import { decryptSecret, encryptSecret, SecretKeyMissingError } from "../secret-box"

const KEY = "a-long-enough-secret-key"

describe("mailbox passwords at rest (AES-256-GCM)", () => {
  it("round-trips a password and never stores it in plain text", () => {
    const stored = encryptSecret("hunter2-pässword", KEY)
    expect(stored).not.toContain("hunter2")
    expect(stored.startsWith("v1:")).toBe(true)
    expect(decryptSecret(stored, KEY)).toBe("hunter2-pässword")
  })

  it("uses a fresh IV each time, so equal passwords do not look equal", () => {
    expect(encryptSecret("same", KEY)).not.toBe(encryptSecret("same", KEY))
  })

  it("refuses a changed key and a tampered value with a message an admin can act on", () => {
    const stored = encryptSecret("secret", KEY)
    expect(() => decryptSecret(stored, "another-secret-key-here")).toThrow(/secret key .* changed/)
    const [v, iv, tag, data] = stored.split(":")
    const flipped = Buffer.from(data, "base64")
    flipped[0] ^= 1
    expect(() => decryptSecret([v, iv, tag, flipped.toString("base64")].join(":"), KEY)).toThrow(/cannot be decrypted/)
  })

  it("says how to configure a key when there is none", () => {
    expect(() => encryptSecret("x", undefined)).toThrow(SecretKeyMissingError)
    expect(() => encryptSecret("x", "")).toThrow(/HELPDESK_SECRET/)
  })
})
