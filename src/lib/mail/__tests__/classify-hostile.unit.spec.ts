import { classifyMail } from "../auto"
import { parseMail } from "../parse"

const SIZE = 300_000
const took = (fn: () => unknown) => {
  const start = performance.now()
  fn()
  return performance.now() - start
}
const daemon = { from: { address: "mailer-daemon@mx.example", name: "Mail Delivery System" }, subject: "Undelivered Mail Returned to Sender" }

/** The report readers see the body's first 16 KB only, line by line, with substring tests where a pattern would need two wildcards. */
describe("classifying delivery reports on hostile bodies", () => {
  it.each<[string, string]>([
    ['one line of "-"', "-".repeat(SIZE)],
    ['one line of "a@"', "a@".repeat(SIZE / 2)],
    ['"a@b." runs', "a@b.".repeat(SIZE / 4)],
    ['a line of "5.5.5.5."', "5.".repeat(SIZE / 2)],
    ["thousands of DSN fields", "Final-Recipient: rfc822; a@b.example\nAction: failed\nStatus: 5.1.1\n".repeat(SIZE / 64)],
    ["a long run of spaces between report phrases", "this is the mail system at host" + " ".repeat(SIZE) + "will retry"],
    ["a subject-like line of colons", ":".repeat(SIZE)],
  ])("reads %s in well under 2 s", (_name, text) => {
    expect(took(() => classifyMail({ "content-type": "multipart/report; report-type=delivery-status" }, { ...daemon, text }))).toBeLessThan(500)
    expect(took(() => classifyMail({}, { ...daemon, text }))).toBeLessThan(500)
  })

  it("reads a 30,000-character subject in well under 2 s", () => {
    const subject = "Out of office" + " x".repeat(15_000) + ":"
    expect(took(() => classifyMail({ "in-reply-to": "<a@b>" }, { from: { address: "a@b.example", name: "" }, subject }))).toBeLessThan(500)
  })
})

describe("a multipart/mixed mail with 600 inline text and HTML parts", () => {
  it("parses within 2 s, keeping the parser's own text past 200 visible parts", async () => {
    let body = ""
    for (let i = 0; i < 600; i++) {
      body += i % 2 ? `--m\r\nContent-Type: text/html\r\n\r\n<p>part ${i}</p>\r\n` : `--m\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`
    }
    const raw = Buffer.from(`From: a@b.example\r\nSubject: parts\r\nContent-Type: multipart/mixed; boundary="m"\r\n\r\n${body}--m--\r\n`)
    const start = performance.now()
    const mail = await parseMail(raw)
    expect(performance.now() - start).toBeLessThan(2000)
    expect(mail.text).toMatch(/^part 0\n+part 2\n/)
  })
})
