import { createMessageId, isOwnMessageId, messageIdDomain } from "../message-id"

const SECRET = "a-long-enough-secret-key-for-the-helpdesk"

describe("the helpdesk's own Message-IDs", () => {
  it("verifies an id it made, in any letter case a relay may quote it", () => {
    const id = createMessageId("shop.test", SECRET)
    expect(id).toMatch(/^hd\.[0-9a-f]{24}\.[0-9a-f]{16}@shop\.test$/)
    expect(isOwnMessageId(id, SECRET)).toBe(true)
    expect(isOwnMessageId(id.toUpperCase(), SECRET)).toBe(true)
    expect(createMessageId("shop.test", SECRET)).not.toBe(id)
  })

  it("refuses a tampered id, an id made with another secret, and anyone else's id", () => {
    const id = createMessageId("shop.test", SECRET)
    const [local, domain] = id.split("@")
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === "0" ? "1" : "0") + s.slice(at + 1)
    expect(isOwnMessageId(`${flip(local, 5)}@${domain}`, SECRET)).toBe(false)
    expect(isOwnMessageId(`${flip(local, local.length - 1)}@${domain}`, SECRET)).toBe(false)
    expect(isOwnMessageId(id, "another-secret-key-here-0123456789")).toBe(false)
    expect(isOwnMessageId(createMessageId("shop.test", "another-secret-key-here-0123456789"), SECRET)).toBe(false)
    expect(isOwnMessageId("first-1@example.com", SECRET)).toBe(false)
    expect(isOwnMessageId(`hd.${"0".repeat(24)}.${"0".repeat(16)}@shop.test`, SECRET)).toBe(false)
    expect(isOwnMessageId(null, SECRET)).toBe(false)
  })

  it("carries no token without a secret, so nothing it names is trusted", () => {
    const id = createMessageId("shop.test", undefined)
    expect(id).toMatch(/^hd\.[0-9a-f]{24}@shop\.test$/)
    expect(isOwnMessageId(id, undefined)).toBe(false)
    expect(isOwnMessageId(id, SECRET)).toBe(false)
  })

  it("names the mailbox's domain, or localhost when there is no usable one", () => {
    expect(messageIdDomain("Support@Shop.Test")).toBe("shop.test")
    expect(messageIdDomain(null)).toBe("localhost")
    expect(messageIdDomain("no-at-sign")).toBe("localhost")
    expect(messageIdDomain("a@[127.0.0.1]")).toBe("localhost")
  })
})
