import { confirmLinkUrl, createConfirmToken, readConfirmToken } from "../confirm-link"
import { signToken } from "../signed-token"
import { createGuestToken, guestLinkUrl, readGuestToken, verifyGuestToken } from "../guest-link"

const SECRET = "a-long-enough-secret-key-for-the-helpdesk"

describe("REQUEST_LIST_URL (guest link)", () => {
  const contacts = new Map([["hdct_1", { email: "ann@example.com", access_version: 2 }]])
  const find = async (id: string) => contacts.get(id) ?? null

  it("names the contact by id, not by email address", () => {
    const token = createGuestToken(SECRET, { contact_id: "hdct_1", access_version: 2 })
    expect(Buffer.from(token.split(".")[0], "base64url").toString()).not.toContain("ann@")
    expect(readGuestToken(SECRET, token)).toEqual({ contact_id: "hdct_1", access_version: 2 })
  })

  it("gives the contact's email while its version is current, and null once it was raised", async () => {
    const current = createGuestToken(SECRET, { contact_id: "hdct_1", access_version: 2 })
    const revoked = createGuestToken(SECRET, { contact_id: "hdct_1", access_version: 1 })
    expect(await verifyGuestToken(SECRET, current, find)).toBe("ann@example.com")
    expect(await verifyGuestToken(SECRET, revoked, find)).toBeNull()
  })

  it("gives null for an unknown contact or a token that is not a guest token", async () => {
    expect(await verifyGuestToken(SECRET, createGuestToken(SECRET, { contact_id: "hdct_9", access_version: 1 }), find)).toBeNull()
    const confirm = createConfirmToken(SECRET, { ticket_id: "hdct_1", email: "ann@example.com" }, 72)
    expect(await verifyGuestToken(SECRET, confirm, find)).toBeNull()
  })

  it("lives under /helpdesk/requests/ of the public URL", () => {
    expect(guestLinkUrl("https://shop.example.com/", "abc.def")).toBe("https://shop.example.com/helpdesk/requests/abc.def")
  })
})

describe("REQUEST_CONFIRM_URL (confirmation link)", () => {
  const now = new Date("2026-03-01T12:00:00Z")
  const hours = (n: number) => new Date(now.getTime() + n * 3600_000)

  it("carries the ticket and the lower-cased address, for the configured hours", () => {
    const token = createConfirmToken(SECRET, { ticket_id: "tkt_1", email: "Ann@Example.com" }, 72, now)
    expect(readConfirmToken(SECRET, token, hours(71.9))).toEqual({ ok: true, ticket_id: "tkt_1", email: "ann@example.com" })
    expect(readConfirmToken(SECRET, token, hours(72))).toEqual({ ok: false, reason: "expired" })
  })

  it("refuses a guest token, and a token for the right purpose without an expiry", () => {
    const guest = createGuestToken(SECRET, { contact_id: "hdct_1", access_version: 1 })
    expect(readConfirmToken(SECRET, guest)).toEqual({ ok: false, reason: "invalid" })
    const forever = signToken(SECRET, "confirm-link", { t: "tkt_1", e: "ann@example.com" })
    expect(readConfirmToken(SECRET, forever)).toEqual({ ok: false, reason: "invalid" })
  })

  it("lives under /helpdesk/confirm/ of the public URL", () => {
    expect(confirmLinkUrl("http://localhost:9000", "abc.def")).toBe("http://localhost:9000/helpdesk/confirm/abc.def")
  })
})
