import { classifyAutoMail } from "../auto"

const person = { from: { address: "anna@example.org", name: "Anna" }, subject: "Re: Broken lid [#123456]" }

describe("classifyAutoMail", () => {
  it("leaves a customer's ordinary mail alone, including Outlook's X-Auto-Response-Suppress", () => {
    expect(classifyAutoMail({}, person)).toBeNull()
    expect(
      classifyAutoMail(
        {
          "x-auto-response-suppress": ["All"],
          "x-ms-exchange-organization-authas": ["Internal"],
          "thread-index": ["AQHa"],
          "auto-submitted": ["no"],
        },
        person
      )
    ).toBeNull()
    // an out-of-office-looking subject alone is not enough either
    expect(classifyAutoMail({}, { ...person, subject: "Out of office next week - please ship before" })).toBeNull()
  })

  it("classifies delivery status notifications as bounces", () => {
    expect(
      classifyAutoMail({ "content-type": ['multipart/report; report-type=delivery-status; boundary="b"'] }, person)
    ).toBe("bounce")
    expect(
      classifyAutoMail({}, { from: { address: "MAILER-DAEMON@mx.example.com", name: "" }, subject: "Undelivered Mail Returned to Sender" })
    ).toBe("bounce")
    expect(
      classifyAutoMail({}, { from: { address: "postmaster@example.com", name: "" }, subject: "Delivery Status Notification (Failure)" })
    ).toBe("bounce")
    expect(classifyAutoMail({ "x-failed-recipients": ["x@example.com"] }, person)).toBe("bounce")
    // a human postmaster writing about something else is not a bounce
    expect(classifyAutoMail({}, { from: { address: "postmaster@example.com", name: "" }, subject: "Question about my order" })).toBeNull()
  })

  it("classifies auto-replies by header", () => {
    expect(classifyAutoMail({ "auto-submitted": ["auto-replied"] }, person)).toBe("auto-reply")
    expect(classifyAutoMail({ "auto-submitted": ["auto-generated"] }, person)).toBe("auto-reply")
    expect(classifyAutoMail({ "x-autoreply": ["yes"] }, person)).toBe("auto-reply")
    expect(classifyAutoMail({ "x-autorespond": ["Out of office"] }, person)).toBe("auto-reply")
    expect(classifyAutoMail({ precedence: ["auto_reply"] }, person)).toBe("auto-reply")
    expect(classifyAutoMail({ "return-path": ["<>"] }, person)).toBe("auto-reply")
    expect(
      classifyAutoMail({ "content-type": ["multipart/report; report-type=disposition-notification"] }, person)
    ).toBe("auto-reply")
    expect(
      classifyAutoMail({ "x-auto-response-suppress": ["All"] }, { ...person, subject: "Automatic reply: Broken lid" })
    ).toBe("auto-reply")
  })

  it("classifies bulk mail", () => {
    expect(classifyAutoMail({ precedence: ["bulk"] }, person)).toBe("bulk")
    expect(classifyAutoMail({ precedence: ["list"], "list-id": ["<riak-users.lists.basho.com>"] }, person)).toBe("bulk")
    expect(classifyAutoMail({ precedence: ["junk"] }, person)).toBe("bulk")
    expect(
      classifyAutoMail({ "list-unsubscribe": ["<https://news.example.com/u>"], "list-unsubscribe-post": ["List-Unsubscribe=One-Click"] }, person)
    ).toBe("bulk")
  })

  it("does not treat our own group address (List-Id of the support alias) as bulk", () => {
    const viaGroup = { precedence: ["list"], "list-id": ["Support <support.shop.example.com>"], "list-unsubscribe": ["<mailto:x@shop.example.com>"] }
    expect(classifyAutoMail(viaGroup, { ...person, ownAddresses: ["Support@shop.example.com"] })).toBeNull()
    expect(classifyAutoMail(viaGroup, { ...person, ownAddresses: ["help@shop.example.com"] })).toBe("bulk")
    expect(classifyAutoMail(viaGroup, person)).toBe("bulk")
  })
})
