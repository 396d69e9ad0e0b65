import { decryptMailboxPassword, encryptMailboxPassword, serverChanged } from "../mailbox-password"

const KEY = "a-long-enough-secret-key-for-the-helpdesk"
const imap = { imap_host: "imap.shop.test", imap_port: 993, imap_user: "support", imap_secure: true }

describe("a mailbox password bound to its server", () => {
  it("decrypts with the settings it was saved for and with no other host, port, user or TLS", () => {
    const stored = { ...imap, imap_password_encrypted: encryptMailboxPassword("imap", imap, "pw", KEY) }
    expect(decryptMailboxPassword("imap", stored, KEY)).toBe("pw")
    for (const change of [{ imap_host: "evil.test" }, { imap_port: 143 }, { imap_user: "other" }, { imap_secure: false }]) {
      expect(() => decryptMailboxPassword("imap", { ...stored, ...change }, KEY)).toThrow(/Enter the password again/)
    }
    expect(decryptMailboxPassword("smtp", stored, KEY)).toBe("")
  })

  it("sees a change only in a field that is given and differs", () => {
    expect(serverChanged("imap", imap, { imap_port: 993, imap_host: "imap.shop.test" })).toBe(false)
    expect(serverChanged("imap", imap, { imap_port: 1143 })).toBe(true)
    expect(serverChanged("smtp", imap, { imap_port: 1143 })).toBe(false)
    expect(serverChanged("smtp", { smtp_host: null }, { smtp_host: "smtp.shop.test" })).toBe(true)
  })
})
