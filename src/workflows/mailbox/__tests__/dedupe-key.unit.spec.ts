import { createHash } from "node:crypto"
import { dedupeKey } from "../utils/prepare-inbound-mails"

const mail = (s: string) => Buffer.from(s.replace(/\r?\n/g, "\r\n"))

describe("dedupeKey", () => {
  it("keys mail by its Message-ID, so the same mail fetched twice is imported once", () => {
    const first = mail("Message-ID: <same@example.org>\nSubject: Hello\n\nfirst copy\n")
    const second = mail("Received: by another relay\nMessage-ID: <same@example.org>\nSubject: Hello\n\nsecond copy\n")
    expect(dedupeKey(first)).toBe("mid:same@example.org")
    expect(dedupeKey(second)).toBe(dedupeKey(first))
  })

  it("keys mail without a Message-ID by a hash of its bytes", () => {
    const source = mail("Subject: no id\n\nbody\n")
    expect(dedupeKey(source)).toBe(`sha256:${createHash("sha256").update(source).digest("hex")}`)
    expect(dedupeKey(mail("Subject: no id\n\nanother body\n"))).not.toBe(dedupeKey(source))
  })
})
