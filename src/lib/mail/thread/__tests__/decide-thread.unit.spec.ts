import { decideThread } from "../decide-thread"
import { normalizeSubject, subjectsAgree } from "../normalize-subject"

const ticket = { id: "tkt_1", subject: "Broken lid" }
const lookup = {
  byNumber: new Map([["123456", ticket]]),
  byMessageId: new Map([["first@example.com", ticket]]),
}
const mail = (over: Partial<Parameters<typeof decideThread>[0]>) => ({
  subject: "Re: Broken lid",
  message_id: "new@example.com",
  in_reply_to: null,
  references: [],
  ticket_ref: null,
  ...over,
})

describe("threading a mail to a ticket", () => {
  it("follows the subject tag first, whatever the subject says", () => {
    expect(decideThread(mail({ subject: "Something else [#123456]", ticket_ref: { number: "123456", kind: "ticket" } }), lookup)).toMatchObject({ ticket, via: "tag", kind: "message" })
  })

  it("makes a mail with the forward tag a colleague's forward message when it comes from an address the ticket was forwarded to", () => {
    const forwarded = { ...lookup, forwardedTo: new Map([["tkt_1", new Set(["warehouse@shop.test"])]]) }
    const tagged = { subject: "Re: Broken lid [ID:123456]", ticket_ref: { number: "123456", kind: "forward" as const } }
    expect(decideThread(mail({ ...tagged, from: "warehouse@shop.test" }), forwarded)).toMatchObject({ ticket, via: "tag", kind: "forward" })
    // Anyone else's forward tag is ignored: the mail threads by its headers, as a customer's, or opens a ticket.
    expect(decideThread(mail({ ...tagged, from: "stranger@example.org" }), forwarded)).toEqual({ ticket: null, via: null, kind: "message" })
    expect(decideThread(mail({ ...tagged, from: "stranger@example.org", in_reply_to: "first@example.com" }), forwarded)).toMatchObject({ ticket, via: "headers", kind: "message" })
    expect(decideThread(mail({ ...tagged, from: "warehouse@shop.test" }), lookup).kind).toBe("message")
  })

  it("falls back to In-Reply-To and References when the tag names no ticket", () => {
    expect(decideThread(mail({ ticket_ref: { number: "999999", kind: "ticket" }, in_reply_to: "first@example.com" }), lookup)).toMatchObject({ ticket, via: "headers" })
    expect(decideThread(mail({ references: ["other@x", "first@example.com"] }), lookup)).toMatchObject({ ticket, via: "headers" })
  })

  it("does not thread by headers when the subject changed to another matter", () => {
    expect(decideThread(mail({ subject: "Question about invoices", in_reply_to: "first@example.com" }), lookup).ticket).toBeNull()
  })

  it("opens a new ticket when nothing matches", () => {
    expect(decideThread(mail({ in_reply_to: "unknown@example.com" }), lookup)).toEqual({ ticket: null, via: null, kind: "message" })
  })
})

describe("normalising subjects", () => {
  it("drops reply and forward prefixes in several languages and ticket tags", () => {
    expect(normalizeSubject("RE: Fwd: AW: Broken  lid [#123456]")).toBe("broken lid")
    expect(normalizeSubject("Ответ: Отв: Заказ [ID:42]")).toBe("заказ")
  })

  it("agrees when one subject contains the other, or either is empty", () => {
    expect(subjectsAgree("Re: Broken lid on teapot", "Broken lid")).toBe(true)
    expect(subjectsAgree("", "Broken lid")).toBe(true)
    expect(subjectsAgree("Invoice", "Broken lid")).toBe(false)
  })
})
