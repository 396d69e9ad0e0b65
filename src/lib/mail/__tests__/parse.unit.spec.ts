
import { parseMail, readMessageId } from "../parse"
import { NotMailError } from "../types"

const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n")
const mail = (s: string) => Buffer.from(crlf(s), "utf8")

describe("parseMail", () => {
  it("reads addresses, ids without angle brackets, date, subject and the ticket reference", async () => {
    const parsed = await parseMail(
      mail(`From: "Anna Example" <Anna@Example.org>
To: Shop Support <support@shop.example>, other@shop.example
Cc: =?UTF-8?B?SsO8cmdlbg==?= <juergen@example.org>
Reply-To: anna.private@example.org
Subject: Re: Broken lid [#123456]
Date: Mon, 03 Jun 2024 10:15:00 +0200
Message-ID: <CAB123.456@mail.example.org>
In-Reply-To: <ticket-123456-1@shop.example>
References: <ticket-123456-0@shop.example>
 <ticket-123456-1@shop.example>
Content-Type: text/plain; charset=utf-8

It is still broken.

On Mon, 3 Jun 2024 at 09:00, Shop Support <support@shop.example> wrote:
> Is it still broken?
`)
    )
    expect(parsed.from).toEqual({ address: "anna@example.org", name: "Anna Example" })
    expect(parsed.to).toEqual([
      { address: "support@shop.example", name: "Shop Support" },
      { address: "other@shop.example", name: "" },
    ])
    expect(parsed.cc).toEqual([{ address: "juergen@example.org", name: "Jürgen" }])
    expect(parsed.replyTo).toEqual([{ address: "anna.private@example.org", name: "" }])
    expect(parsed.subject).toBe("Re: Broken lid [#123456]")
    expect(parsed.messageId).toBe("CAB123.456@mail.example.org")
    expect(parsed.inReplyTo).toBe("ticket-123456-1@shop.example")
    expect(parsed.references).toEqual(["ticket-123456-0@shop.example", "ticket-123456-1@shop.example"])
    expect(parsed.date).toBe("2024-06-03T08:15:00.000Z")
    expect(parsed.reply).toBe("It is still broken.")
    expect(parsed.ticketRef).toBe("123456")
    expect(parsed.ticketRefKind).toBe("ticket")
    expect(parsed.html).toBeNull()
    expect(parsed.auto).toBeNull()
    expect(parsed.headers["references"]).toEqual(["<ticket-123456-0@shop.example> <ticket-123456-1@shop.example>"])
    expect(parsed.headers["cc"]).toEqual(["=?UTF-8?B?SsO8cmdlbg==?= <juergen@example.org>"])
  })

  it("uses custom subject tag formats", async () => {
    const parsed = await parseMail(mail("From: a@example.org\nSubject: Fwd: Lid {FW 77}\n\nhi\n"), {
      subjectTag: "(T{number})",
      forwardTag: "{FW {number}}",
    })
    expect(parsed.ticketRef).toBe("77")
    expect(parsed.ticketRefKind).toBe("forward")
  })

  it("drops the helpdesk's own X-Helpdesk-* headers when they come from outside, before any filter reads headers", async () => {
    const parsed = await parseMail(
      mail("From: a@example.org\nX-Helpdesk-Ticket: 123456\nx-helpdesk-trusted: yes\nX-Mailer: Mutt\nSubject: Hi\n\nbody\n")
    )
    expect(Object.keys(parsed.headers).sort()).toEqual(["from", "subject", "x-mailer"])
  })

  it("gives empty values for missing headers", async () => {
    const parsed = await parseMail(mail("X-Note: nothing else\nContent-Type: text/plain\n\nbody\n"))
    expect(parsed.from).toEqual({ address: "", name: "" })
    expect(parsed.subject).toBe("")
    expect(parsed.date).toBeNull()
    expect(parsed.messageId).toBeNull()
    expect(parsed.references).toEqual([])
    expect(parsed.text.trim()).toBe("body")
  })

  it("decodes windows-1251, koi8-r and iso-2022-jp bodies and headers", async () => {
    const head = (charset: string, subject: string) =>
      Buffer.from(crlf(`From: a@example.org\nSubject: ${subject}\nContent-Type: text/plain; charset=${charset}\nContent-Transfer-Encoding: 8bit\n\n`), "latin1")
    // "Привет" in windows-1251 and koi8-r, written as bytes
    const cp1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2])
    const koi8 = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4])
    const a = await parseMail(Buffer.concat([head("windows-1251", "=?windows-1251?B?z/Do4uXy?="), cp1251]))
    expect(a.text.trim()).toBe("Привет")
    expect(a.subject).toBe("Привет")
    const b = await parseMail(Buffer.concat([head("koi8-r", "=?koi8-r?B?8NLJ18XU?="), koi8]))
    expect(b.text.trim()).toBe("Привет")
    expect(b.subject).toBe("Привет")
    // "こんにちは" in ISO-2022-JP
    const jis = Buffer.from([0x1b, 0x24, 0x42, 0x24, 0x33, 0x24, 0x73, 0x24, 0x4b, 0x24, 0x41, 0x24, 0x4f, 0x1b, 0x28, 0x42])
    const c = await parseMail(Buffer.concat([head("iso-2022-jp", "hello"), jis]))
    expect(c.text.trim()).toBe("こんにちは")
  })

  it("derives readable text from an HTML-only mail and sanitises the HTML", async () => {
    const parsed = await parseMail(
      mail(`From: a@example.org
Subject: html only
Content-Type: text/html; charset=utf-8

<html><head><style>p{color:red}</style><title>T</title></head><body>
<p>Hello&nbsp;team,</p><p>the <b>lid</b> is broken &amp; leaking.</p>
<ul><li>one</li><li>two</li></ul>
<script>alert(1)</script>
<div>On Mon, 3 Jun 2024 at 09:00, Support &lt;support@shop.example&gt; wrote:</div>
<blockquote>Is it broken?</blockquote>
</body></html>
`)
    )
    expect(parsed.text).toContain("Hello team,\n\nthe lid is broken & leaking.\n\n- one\n- two")
    expect(parsed.text).toContain("> Is it broken?")
    expect(parsed.text).not.toMatch(/<\/?(p|b|ul|li|div|html|head|title|script|style|blockquote)\b|alert|color:red/)
    expect(parsed.reply).toBe("Hello team,\n\nthe lid is broken & leaking.\n\n- one\n- two")
    expect(parsed.html).toContain("<b>lid</b>")
    expect(parsed.html).not.toMatch(/script|alert|<style/)
  })

  it("lists attachments and inline images with sizes, content ids and generated names", async () => {
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64")
    const parsed = await parseMail(
      mail(`From: a@example.org
Subject: files
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/related; boundary="rel"

--rel
Content-Type: text/html; charset=utf-8

<p>See <img src="cid:logo@x"></p>
--rel
Content-Type: image/png
Content-ID: <logo@x>
Content-Transfer-Encoding: base64

${png.toString("base64")}
--rel--
--outer
Content-Type: application/pdf; name="invoice.pdf"
Content-Disposition: attachment; filename="invoice.pdf"
Content-Transfer-Encoding: base64

${Buffer.from("%PDF-1.4 " + "x".repeat(91)).toString("base64")}
--outer
Content-Type: application/octet-stream
Content-Transfer-Encoding: base64

${Buffer.from([1, 2, 3, 4, 5]).toString("base64")}
--outer--
`),
      { maxAttachmentBytes: 80 }
    )
    expect(parsed.attachments.map(({ content, ...a }) => a)).toEqual([
      { filename: "attachment-1.png", contentType: "image/png", size: png.length, inline: true, contentId: "logo@x" },
      { filename: "attachment-3.bin", contentType: "application/octet-stream", size: 5, inline: false, contentId: null },
    ])
    expect(parsed.attachments[1].content).toEqual(Buffer.from([1, 2, 3, 4, 5]))
    expect(parsed.skippedAttachments).toEqual([{ filename: "invoice.pdf", contentType: "application/pdf", size: 100 }])
    expect(parsed.html).toContain('src="cid:logo@x"')
  })

  it("classifies a delivery status notification and finds the bounced Message-ID", async () => {
    const parsed = await parseMail(
      mail(`From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: support@shop.example
Subject: Undelivered Mail Returned to Sender
Return-Path: <>
Content-Type: multipart/report; report-type=delivery-status; boundary="b"

--b
Content-Type: text/plain

I'm sorry to have to inform you that your message could not be delivered.
--b
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net
Final-Recipient: rfc822; nobody@example.org
Action: failed
Status: 5.1.1
--b
Content-Type: text/rfc822-headers

From: Shop Support <support@shop.example>
To: nobody@example.org
Subject: Your ticket [#123456]
Message-ID: <ticket-123456-7@shop.example>
--b--
`)
    )
    expect(parsed.auto).toBe("bounce")
    expect(parsed.bouncedMessageId).toBe("ticket-123456-7@shop.example")
  })

  it("refuses input that is not mail, but reads broken mail", async () => {
    await expect(parseMail(Buffer.alloc(0))).rejects.toThrow(NotMailError)
    await expect(parseMail(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).rejects.toThrow(NotMailError)
    await expect(parseMail(Buffer.from("just some words\nin a text file\n"))).rejects.toThrow(NotMailError)
    const broken = await parseMail(
      mail(`From: a@example.org\nSubject: broken\nContent-Type: multipart/mixed; boundary="never"\n\n--wrong\nContent-Type: text/plain; charset=x-unknown-charset\n\nstill here\n`)
    )
    expect(broken.subject).toBe("broken")
    expect(broken.text).toContain("still here")
  })
})

describe("readMessageId", () => {
  const sources = [
    mail("Message-ID: <plain@example.org>\nSubject: a\n\nbody\n"),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), mail("\nMessage-ID:\n <folded@example.org>\nSubject: b\n\nbody\n")]),
    mail("From someone@example.org Mon Jun  3 10:15:00 2024\nSubject: c\nMessage-ID: <after-mbox@example.org>\n\nbody\n"),
    mail("Subject: no id\n\nMessage-ID: <in-the-body@example.org>\n"),
  ]

  it("reads the Message-ID from the header block alone, as parseMail does", async () => {
    expect(sources.map(readMessageId)).toEqual(["plain@example.org", "folded@example.org", "after-mbox@example.org", null])
    for (const source of sources) {
      expect(readMessageId(source)).toBe((await parseMail(source)).messageId)
    }
  })
})
