import { bounceReason, deliveryDiagnostic } from "../bounce-reason"

describe("a bounce's reason as an agent reads it", () => {
  it("takes RFC 3464's Diagnostic-Code, folded lines joined, without the reply code, status and address", () => {
    const report = "Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected:\n    User unknown in virtual mailbox table\n"
    expect(deliveryDiagnostic("The mail system", [report])).toBe("Recipient address rejected: User unknown in virtual mailbox table")
  })

  it("takes the first SMTP reply of a plain-text report, not the quoted original after it", () => {
    const exim = "A message that you sent could not be delivered.\n\n  bob@example.org\n    SMTP error from remote mail server after RCPT TO:<bob@example.org>:\n    550 5.2.2 <bob@example.org>: mailbox full\n\n------ This is a copy of the message, including all the headers. ------\n\n550 refunds please"
    expect(deliveryDiagnostic(exim)).toBe("mailbox full")
    const postfix = "<bob@example.org>: host mx.example.org[192.0.2.7] said: 550 5.1.1 <bob@example.org>:\n    Recipient address rejected: User unknown (in reply\n    to RCPT TO command)"
    expect(deliveryDiagnostic(postfix)).toBe("Recipient address rejected: User unknown (in reply to RCPT TO command)")
    const qmail = "Hi. This is the qmail-send program at mx.example.net.\n\n<bob@example.org>:\n192.0.2.7 does not like recipient.\nRemote host said: 550 No such user here\nGiving up on 192.0.2.7.\n\n--- Below this line is a copy of the message.\n\n"
    expect(deliveryDiagnostic(qmail)).toBe("No such user here")
    expect(deliveryDiagnostic("Your message could not be delivered.\n\n--- Below this line is a copy of the message.\n\n550 refunds")).toBeNull()
  })

  it("keeps one short line without control characters", () => {
    const long = `Diagnostic-Code: smtp; 554 ${"spam ".repeat(80)}\u0007\n`
    const d = deliveryDiagnostic("", [long])!
    expect(d.length).toBeLessThanOrEqual(160)
    expect(d).toMatch(/…$/)
    expect(d).not.toMatch(/[\u0000-\u001f]/)
  })

  it("names the status, the recipient and the server's words, each when given", () => {
    expect(bounceReason({ status: "5.1.1", recipient: "bob@example.org", diagnostic: "User unknown" })).toBe("Bounced: 5.1.1 bob@example.org — User unknown")
    expect(bounceReason({ status: null, recipient: "bob@example.org" })).toBe("Bounced: bob@example.org")
    expect(bounceReason({ status: null, recipient: null })).toBe("Bounced: the receiving mail server reported it undeliverable.")
  })
})
