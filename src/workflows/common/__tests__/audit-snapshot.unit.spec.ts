import { diffValues, isSecretField } from "../audit-snapshot"

describe("audit log diff (SPEC §5: what changed, never secrets)", () => {
  it("lists only the fields whose value differs, with the old and the new value", () => {
    expect(
      diffValues(
        { name: "Support", port: 993, origins: ["https://a.test"], colors: null },
        { name: "Support desk", port: 993, origins: ["https://a.test", "https://b.test"], colors: null }
      )
    ).toEqual({
      name: { old: "Support", new: "Support desk" },
      origins: { old: ["https://a.test"], new: ["https://a.test", "https://b.test"] },
    })
  })

  it("treats a missing field as null, so a create shows new values and a delete old ones", () => {
    expect(diffValues(undefined, { name: "Returns", description: null })).toEqual({ name: { old: null, new: "Returns" } })
    expect(diffValues({ name: "Billing" }, undefined)).toEqual({ name: { old: "Billing", new: null } })
  })

  it("says only \"changed\" for a secret, set, replaced or removed", () => {
    expect(diffValues({ imap_password_encrypted: null }, { imap_password_encrypted: "d1" })).toEqual({ imap_password_encrypted: "changed" })
    expect(diffValues({ smtp_password_encrypted: "d1" }, { smtp_password_encrypted: "d2" })).toEqual({ smtp_password_encrypted: "changed" })
    expect(diffValues({ api_token: "d1" }, {})).toEqual({ api_token: "changed" })
    expect(diffValues({ imap_password_encrypted: "d1" }, { imap_password_encrypted: "d1" })).toEqual({})
  })

  it.each([
    ["imap_password_encrypted", true],
    ["noreply_smtp_password_encrypted", true],
    ["webhook_secret", true],
    ["access_token", true],
    ["imap_user", false],
    ["name", false],
  ])("%s is a secret: %s", (field, secret) => {
    expect(isSecretField(field)).toBe(secret)
  })
})
