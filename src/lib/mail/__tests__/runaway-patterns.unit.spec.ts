import fc from "fast-check"
import { htmlToText } from "../html-to-text"
import { extractReply, hasAddress } from "../reply"
import { parseMail } from "../parse"
import { sanitizeMailHtml } from "../sanitize"
import { classifyAutoMail } from "../auto"
import { trimChars, trimEndChars } from "../trim"

/**
 * Each input below once hung the parser: a pattern that backtracks
 * super-linearly (its time on 30 KB before the fix in brackets). Each takes
 * a few milliseconds now; the bound leaves room for a busy machine.
 */
const SIZE = 30_000
const took = (fn: () => unknown) => {
  const start = performance.now()
  fn()
  return performance.now() - start
}

const REPLY_INPUTS: [string, string][] = [
  ['a "From: a@a@a@…" line (cubic: hours)', "Hello\n\nFrom: " + "a@".repeat(SIZE / 2)],
  ["a long run of spaces inside a line (1.2 s)", "Hello" + " ".repeat(SIZE) + "x"],
  ["a run of * between words (2.8 s)", "x" + "*".repeat(SIZE) + "x"],
  ['"Sent from my" and a run of "<" (0.7 s)', "Sent from my " + "<".repeat(SIZE)],
  ['"Regards" and a run of spaces (1.8 s)', "Hi\nRegards" + " ".repeat(SIZE) + "x\nJo"],
  ['"Thanks" and a run of spaces (2.0 s)', "Hi\nThanks" + " ".repeat(SIZE) + "x"],
  ['"-" and a run of spaces (1.3 s)', "-" + " ".repeat(SIZE) + "x"],
  ['many "From:" lines full of "@"', ("From: " + "a@".repeat(50) + "\n").repeat(SIZE / 106)],
  ['400-character "On … a@a@…:" lines', ("On 12 " + "a@".repeat(190) + ":\n").repeat(SIZE / 400)],
  ['"Sent from my" and many short words', "Hi\n\nSent from my " + "a ".repeat(SIZE / 2) + "x"],
  ['a card line of spaces and dashes', "Hi\n\nAnna" + " -".repeat(SIZE / 2) + "\n+49 30 1234 5678"],
  ['a long "… wrote" line above a quote', "Hi\n\n" + "wrote ".repeat(SIZE / 6) + "x:\n> q"],
  ['a long "reply above this line" line', "Hi\n\n" + "reply ".repeat(SIZE / 6) + "\nmore"],
]

describe("reply extraction on input that once ran away", () => {
  it.each(REPLY_INPUTS)("reads %s in well under 2 s", (_name, text) => {
    expect(took(() => extractReply(text))).toBeLessThan(500)
  })

  it("still finds an address in a reply header the way the old pattern did", () => {
    const old = /[^\s<>()"'[\]]+@[^\s<>()"'[\]]+\.[a-z]{2,}/i
    const piece = fc.constantFrom("a", "b", "@", ".", "co", " ", "<", ">", "(", '"', "[", "]", "x.y", "é")
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }).map((p) => p.join("")), (s) => hasAddress(s) === old.test(s)), {
      numRuns: 3000,
    })
  })

  it("trims as /^[…]+|[…]+$/g did", () => {
    const text = fc.array(fc.constantFrom("*", "_", " ", "a", "\t"), { maxLength: 12 }).map((p) => p.join(""))
    fc.assert(
      fc.property(text, (s) => {
        expect(trimChars(s, /[*_]/)).toBe(s.replace(/^[*_]+|[*_]+$/g, ""))
        expect(trimEndChars(s, /[ \t]/)).toBe(s.replace(/[ \t]+$/, ""))
      })
    )
  })
})

describe("HTML to text on input that once ran away", () => {
  it.each<[string, string]>([
    ["thousands of unclosed <head> (300 KB: 2.6 s)", "<html>" + "<head>".repeat(SIZE * 10 / 6) + "x"],
    ["a <pre> of spaces (2.2 s)", "<pre>a" + " ".repeat(SIZE * 10) + "b</pre>"],
    ["a run of &nbsp; (300 KB: 4.4 s)", "a" + "&nbsp;".repeat(SIZE * 10 / 6) + "b"],
    ["thousands of nested <blockquote>", "<blockquote>".repeat(SIZE / 12) + "x<br>".repeat(SIZE / 5)],
  ])("reads %s in well under 2 s", (_name, html) => {
    expect(took(() => htmlToText(html))).toBeLessThan(500)
  })

  it("keeps text after an unclosed <head>, and trailing spaces cut as before", () => {
    expect(htmlToText("<head><title>t</title><p>one</p><head><p>two &nbsp;&nbsp;</p>")).toBe("one\n\ntwo")
  })
})

describe("sanitizing HTML that once ran away", () => {
  it("shows HTML nested 100,000 levels deep as its text, in well under 2 s (1.2 MB: 14.5 s)", () => {
    const html = "<div><span>x".repeat(100_000)
    let clean = ""
    expect(took(() => (clean = sanitizeMailHtml(html)))).toBeLessThan(1500)
    expect(clean.startsWith("<p>x")).toBe(true)
    expect(clean).not.toContain("<div>")
  })

  it("sanitizes ordinary nesting as before", () => {
    expect(sanitizeMailHtml("<div><b>bold</b> <script>x</script></div>")).toBe("<div><b>bold</b> </div>")
  })
})

describe("classifying a List-Id of 30,000 '<'", () => {
  it("answers in well under 2 s", () => {
    const headers = { "list-id": "<".repeat(SIZE), "precedence": "list" }
    expect(took(() => classifyAutoMail(headers, { ownAddresses: ["support@shop.example"] }))).toBeLessThan(500)
  })
})

describe("parse-email on the mail of issue 14", () => {
  it('reads a text mail with one 30 KB "From: a@a@…" line in well under 2 s', async () => {
    const raw = Buffer.from(`From: x@example.com\r\nSubject: hostile\r\n\r\nHello\r\n\r\nFrom: ${"a@".repeat(SIZE / 2)}\r\n`)
    const start = performance.now()
    const mail = await parseMail(raw)
    expect(performance.now() - start).toBeLessThan(1500)
    expect(mail.reply).toContain("Hello")
  })
})
