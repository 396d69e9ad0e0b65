import { findTicketRef, formatTicketTag } from "../ticket-ref"

describe("ticket reference in the subject", () => {
  it("finds the default tag and the forward tag", () => {
    expect(findTicketRef("Re: Broken lid [#123456]")).toEqual({ number: "123456", kind: "ticket" })
    expect(findTicketRef("Fwd: Broken lid [ID:98765]")).toEqual({ number: "98765", kind: "forward" })
    expect(findTicketRef("RE: AW: [#12] Broken lid")).toEqual({ number: "12", kind: "ticket" })
    expect(findTicketRef("Broken lid #123456")).toBeNull()
    expect(findTicketRef("Order [#abc]")).toBeNull()
    expect(findTicketRef("")).toBeNull()
  })

  it("prefers the ticket tag over the forward tag and the last ticket tag over earlier ones", () => {
    expect(findTicketRef("[ID:1] Re: x [#2]")).toEqual({ number: "2", kind: "ticket" })
    expect(findTicketRef("Re: [#11] merged into [#22]")).toEqual({ number: "22", kind: "ticket" })
  })

  it("uses custom formats", () => {
    const formats = { subjectTag: "(Ticket {number})", forwardTag: "<<FW-{number}>>" }
    expect(findTicketRef("Re: Broken lid (Ticket 4711)", formats)).toEqual({ number: "4711", kind: "ticket" })
    expect(findTicketRef("Broken lid <<FW-815>>", formats)).toEqual({ number: "815", kind: "forward" })
    expect(findTicketRef("Re: Broken lid [#123456]", formats)).toBeNull()
  })

  it("formats tags for outgoing mail", () => {
    expect(formatTicketTag("[#{number}]", 123456)).toBe("[#123456]")
    expect(formatTicketTag("(Ticket {number})", "42")).toBe("(Ticket 42)")
    expect(() => formatTicketTag("[#{number}]", "12a")).toThrow()
    expect(() => formatTicketTag("[#]", 1)).toThrow()
  })
})
