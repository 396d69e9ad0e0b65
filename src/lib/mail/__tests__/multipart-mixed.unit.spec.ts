import { parseMail } from "../parse"
import { rawMail } from "./fixtures/build-mail"

const headers = (boundary: string) => ({
  From: "Lena Fischer <lena@fischer-familie.example>",
  To: "support@shop.example",
  Subject: "Photos of the cracked lid [#104233]",
  "Message-ID": "<9A1B-44@fischer-familie.example>",
  "MIME-Version": "1.0",
  "Content-Type": `multipart/mixed; boundary="${boundary}"`,
})

describe("parseMail on multipart/mixed mail with several inline text and HTML parts", () => {
  it("keeps every visible part in the text, in order (Apple Mail: text, picture, HTML, text)", async () => {
    const raw = rawMail(
      headers("Apple-Mail=_5C1E"),
      `--Apple-Mail=_5C1E
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset=us-ascii

Here is the lid as it arrived:

--Apple-Mail=_5C1E
Content-Disposition: inline; filename=lid.png
Content-Type: image/png; name="lid.png"
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==
--Apple-Mail=_5C1E
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8

<html><body><p>The crack runs <b>across the whole rim</b>, see the =
second picture:</p></body></html>
--Apple-Mail=_5C1E
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Please send a new one. Gr=C3=BC=C3=9Fe, Lena
--Apple-Mail=_5C1E--
`
    )
    const mail = await parseMail(raw)
    expect(mail.text).toBe(
      "Here is the lid as it arrived:\n\nThe crack runs across the whole rim, see the second picture:\n\nPlease send a new one. Grüße, Lena"
    )
    expect(mail.attachments.map((a) => a.filename)).toEqual(["lid.png"])
    expect(mail.auto).toBeNull()
  })

  it("takes one alternative of a nested multipart/alternative and still adds the HTML footer part after it", async () => {
    const raw = rawMail(
      headers("outer"),
      `--outer
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8

Is the lid covered by the warranty?
--alt
Content-Type: text/html; charset=utf-8

<p>Is the lid covered by the <i>warranty</i>?</p>
--alt--
--outer
Content-Type: text/html; charset=utf-8
Content-Disposition: inline

<div>Sent with <a href="https://mail.example">Example Mail</a></div>
--outer
Content-Type: text/plain; charset=utf-8
Content-Disposition: attachment; filename="order.txt"

Order 5512
--outer--
`
    )
    const mail = await parseMail(raw)
    expect(mail.text).toBe("Is the lid covered by the warranty?\n\nSent with Example Mail <https://mail.example>")
    expect(mail.attachments.map((a) => a.filename)).toEqual(["order.txt"])
  })
})

describe("parseMail on nested boundaries that extend their parent's", () => {
  it("splits parts only at whole boundary lines", async () => {
    const raw = rawMail(
      headers("----=_Part_7"),
      `------=_Part_7
Content-Type: multipart/alternative; boundary="----=_Part_7_1"

------=_Part_7_1
Content-Type: text/plain; charset=utf-8

Hello, the order number is 5512.
------=_Part_7_1
Content-Type: text/html; charset=utf-8

<p>Hello, the order number is <b>5512</b>.</p>
------=_Part_7_1--
------=_Part_7
Content-Type: text/html; charset=utf-8

<p>-- <br>Lena</p>
------=_Part_7--
`
    )
    expect((await parseMail(raw)).text).toBe("Hello, the order number is 5512.\n\n--\nLena")
  })
})
