import { checkFormStart, createFormStartToken, FORM_START_TTL_SECONDS } from ".."
import { signToken } from "../../../tokens/signed-token"

const SECRET = "a-test-secret-that-is-long-enough-0123456789"
const served = new Date("2026-03-01T10:00:00Z")
const later = (seconds: number) => new Date(served.getTime() + seconds * 1000)

describe("the form-start token (minimum fill time)", () => {
  const token = createFormStartToken(SECRET, "form_contact", served)

  it("passes a submission made after the minimum time, up to a day later", () => {
    expect(checkFormStart(SECRET, token, "form_contact", 3, later(3))).toEqual({ ok: true })
    expect(checkFormStart(SECRET, token, "form_contact", 3, later(FORM_START_TTL_SECONDS - 1))).toEqual({ ok: true })
  })

  it("refuses a submission faster than a person types, and one from a page left open over a day", () => {
    expect(checkFormStart(SECRET, token, "form_contact", 3, later(2.9))).toEqual({ ok: false, reason: "too_fast" })
    expect(checkFormStart(SECRET, token, "form_contact", 3, later(-60))).toEqual({ ok: false, reason: "too_fast" })
    expect(checkFormStart(SECRET, token, "form_contact", 3, later(FORM_START_TTL_SECONDS))).toEqual({ ok: false, reason: "expired" })
  })

  it("refuses a token for another form, an altered one, another store's and one of another purpose", () => {
    const [body, mac] = token.split(".")
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
    const backdated = Buffer.from(JSON.stringify({ ...payload, s: payload.s - 60_000 })).toString("base64url")
    const invalid = { ok: false, reason: "invalid" }

    expect(checkFormStart(SECRET, token, "form_other", 3, later(10))).toEqual(invalid)
    expect(checkFormStart(SECRET, `${backdated}.${mac}`, "form_contact", 3, later(1))).toEqual(invalid)
    expect(checkFormStart("another-store-secret-also-long-enough-0123", token, "form_contact", 3, later(10))).toEqual(invalid)
    const confirmLink = signToken(SECRET, "confirm-link", { f: "form_contact", s: served.getTime() })
    expect(checkFormStart(SECRET, confirmLink, "form_contact", 3, later(10))).toEqual(invalid)
    for (const junk of [undefined, "", "abc", 42]) expect(checkFormStart(SECRET, junk, "form_contact", 3, later(10))).toEqual(invalid)
  })

  it("checks nothing of the time when the minimum is 0", () => {
    expect(checkFormStart(SECRET, token, "form_contact", 0, served)).toEqual({ ok: true })
  })
})
