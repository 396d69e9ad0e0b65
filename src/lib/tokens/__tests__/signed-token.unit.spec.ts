import { createHmac } from "node:crypto"
import fc from "fast-check"
import { MAX_TOKEN_LENGTH, signToken, verifyToken } from "../signed-token"

const SECRET = "a-long-enough-secret-key-for-the-helpdesk"
const OTHER_SECRET = "another-long-enough-secret-key-for-a-store"

/** Flips one character of a token part to another base64url character. */
function alter(part: string, at: number): string {
  const c = part[at]
  return part.slice(0, at) + (c === "A" ? "B" : "A") + part.slice(at + 1)
}

describe("signed tokens", () => {
  it("round-trips a payload, URL-safe and compact", () => {
    const token = signToken(SECRET, "guest-link", { c: "hdct_01", v: 3 })
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/)
    expect(verifyToken(SECRET, "guest-link", token)).toEqual({ ok: true, payload: { c: "hdct_01", v: 3 } })
  })

  it("refuses a token whose payload was altered, even when its MAC is kept", () => {
    const [payload, mac] = signToken(SECRET, "guest-link", { c: "hdct_01", v: 3 }).split(".")
    const forged = Buffer.from(JSON.stringify({ c: "hdct_02", v: 3 })).toString("base64url")
    expect(verifyToken(SECRET, "guest-link", `${forged}.${mac}`)).toEqual({ ok: false, reason: "invalid" })
    for (let at = 0; at < payload.length; at++) {
      expect(verifyToken(SECRET, "guest-link", `${alter(payload, at)}.${mac}`).ok).toBe(false)
    }
  })

  it("refuses a token with any character of its signature changed, cut short or missing", () => {
    const token = signToken(SECRET, "guest-link", { c: "hdct_01", v: 3 })
    const [payload, mac] = token.split(".")
    for (let at = 0; at < mac.length; at++) {
      expect(verifyToken(SECRET, "guest-link", `${payload}.${alter(mac, at)}`).ok).toBe(false)
    }
    expect(verifyToken(SECRET, "guest-link", `${payload}.${mac.slice(0, 22)}`).ok).toBe(false)
    expect(verifyToken(SECRET, "guest-link", payload).ok).toBe(false)
    expect(verifyToken(SECRET, "guest-link", `${token}.${mac}`).ok).toBe(false)
  })

  it("refuses a token signed with another secret", () => {
    const token = signToken(OTHER_SECRET, "guest-link", { c: "hdct_01", v: 3 })
    expect(verifyToken(SECRET, "guest-link", token)).toEqual({ ok: false, reason: "invalid" })
  })

  it("never accepts a token made for one purpose as one for another", () => {
    const confirm = signToken(SECRET, "confirm-link", { t: "tkt_1", e: "a@example.com" })
    const guest = signToken(SECRET, "guest-link", { t: "tkt_1", e: "a@example.com" })
    expect(verifyToken(SECRET, "guest-link", confirm).ok).toBe(false)
    expect(verifyToken(SECRET, "confirm-link", guest).ok).toBe(false)
    expect(confirm.split(".")[1]).not.toBe(guest.split(".")[1])
  })

  it("refuses a MAC made with the master secret instead of the purpose's own key", () => {
    const payload = Buffer.from(JSON.stringify({ c: "hdct_01", v: 1 })).toString("base64url")
    const mac = createHmac("sha256", SECRET).update(`guest-link.${payload}`).digest("base64url")
    expect(verifyToken(SECRET, "guest-link", `${payload}.${mac}`).ok).toBe(false)
  })

  it("works until its expiry and says expired from then on", () => {
    const now = new Date("2026-03-01T12:00:00Z")
    const expiresAt = new Date("2026-03-04T12:00:00Z")
    const token = signToken(SECRET, "confirm-link", { t: "tkt_1" }, { expiresAt })
    expect(verifyToken(SECRET, "confirm-link", token, now)).toEqual({
      ok: true,
      payload: { t: "tkt_1", exp: expiresAt.getTime() / 1000 },
    })
    expect(verifyToken(SECRET, "confirm-link", token, new Date(expiresAt.getTime() - 1000)).ok).toBe(true)
    expect(verifyToken(SECRET, "confirm-link", token, expiresAt)).toEqual({ ok: false, reason: "expired" })
  })

  it("says invalid, not expired, of an expired token that was altered", () => {
    const token = signToken(SECRET, "confirm-link", { t: "tkt_1" }, { expiresAt: new Date("2020-01-01T00:00:00Z") })
    const [payload, mac] = token.split(".")
    expect(verifyToken(SECRET, "confirm-link", `${payload}.${alter(mac, 5)}`)).toEqual({ ok: false, reason: "invalid" })
  })

  it("keeps exp for itself", () => {
    expect(() => signToken(SECRET, "confirm-link", { exp: 1 })).toThrow(/reserved/)
  })

  it("refuses over-long input and non-strings without looking further", () => {
    expect(verifyToken(SECRET, "guest-link", "a".repeat(MAX_TOKEN_LENGTH + 1)).ok).toBe(false)
    expect(verifyToken(SECRET, "guest-link", undefined).ok).toBe(false)
    expect(verifyToken(SECRET, "guest-link", { toString: () => "x" }).ok).toBe(false)
  })

  it("answers every other string with invalid, never with an exception", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (input) => {
        expect(verifyToken(SECRET, "guest-link", input)).toEqual({ ok: false, reason: "invalid" })
      }),
      { numRuns: 500 }
    )
  })
})
