import fc from "fast-check"
import { decodeEntities } from "../entities"
import { readRawHeaders } from "../headers"
import { htmlToText } from "../html-to-text"
import { capMimeParts, MIME_LIMITS } from "../mime-limits"
import { parseMail } from "../parse"
import { extractReply } from "../reply"
import { sanitizeMailHtml } from "../sanitize"
import { NotMailError } from "../types"

/**
 * Generated hostile mail (SPEC §7: nothing lost, and one sender cannot stall
 * the collector): every input is parsed, or refused as not mail, within 2 s
 * and never crashes the parser.
 */
const BUDGET_MS = 2000

const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n")
const head = (contentType: string, extra = "") =>
  `From: x@example.com\r\nTo: y@example.com\r\nSubject: hostile\r\nMessage-ID: <h@example.com>\r\n${extra}MIME-Version: 1.0\r\nContent-Type: ${contentType}\r\n\r\n`

/** Runs of one piece repeated up to 30,000 times: what makes a backtracking pattern run away. */
const run = (pieces: string[]) =>
  fc.tuple(fc.constantFrom(...pieces), fc.integer({ min: 1000, max: 30_000 })).map(([piece, n]) => piece.repeat(Math.ceil(n / piece.length)))
const HOSTILE_RUN = run([" ", "@", "a@", "*", "_", "-", "<", ">", "=", "\t", "&nbsp;", "> ", "<head>", "<div>", "<b", "From: ", ":", "é", "\u00a0", "a@b.co "])
const WORD = fc.constantFrom("Hello", "On Mon, 3 Jun 2024 at 09:00, Jo <jo@x.com> wrote:", "From: a@b.co", "Sent: now", "-- ", "Regards,", "Thanks", "> quoted", "", "Sent from my iPhone")
/** A text of ordinary lines and hostile runs, joined by line breaks or not. */
const HOSTILE_TEXT = fc
  .array(fc.oneof(HOSTILE_RUN, WORD, fc.string({ maxLength: 40 })), { minLength: 1, maxLength: 6 })
  .chain((parts) => fc.constantFrom("\n", "", " ", "\r\n").map((sep) => parts.join(sep)))

async function within<T>(fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now()
  const result = await fn()
  expect(performance.now() - start).toBeLessThan(BUDGET_MS)
  return result
}

/** parseMail resolves, or refuses input that is not mail: nothing else. */
async function parsesOrRefuses(raw: Buffer) {
  try {
    return await within(() => parseMail(raw))
  } catch (error) {
    if (error instanceof NotMailError) return null
    throw error
  }
}

describe("hostile text and HTML", () => {
  it("extracts the reply of any mix of long lines, runs of spaces, '@', '*', '<' and reply headers within 2 s", async () => {
    await fc.assert(fc.asyncProperty(HOSTILE_TEXT, async (text) => void (await within(() => extractReply(text)))), { numRuns: 200 })
  })

  it("turns any mix of unclosed tags, entities and long runs into text, and sanitizes it, within 2 s", async () => {
    const html = fc
      .array(fc.oneof(HOSTILE_RUN, fc.constantFrom("<head>", "<pre>", "</pre>", "<blockquote>", "<a href=\"", "<!--", "<style>", "&#", "<p", "<img alt='"), fc.string({ maxLength: 30 })), { maxLength: 6 })
      .map((parts) => parts.join(""))
    await fc.assert(
      fc.asyncProperty(html, async (h) => {
        await within(() => htmlToText(h))
        await within(() => sanitizeMailHtml(h))
      }),
      { numRuns: 150 }
    )
  })

  it("parses a mail with a hostile text or HTML body within 2 s", async () => {
    const body = fc.tuple(fc.constantFrom("text/plain; charset=utf-8", "text/html"), HOSTILE_TEXT)
    await fc.assert(
      fc.asyncProperty(body, async ([type, text]) => {
        const mail = await parsesOrRefuses(Buffer.from(head(type) + text))
        expect(mail).not.toBeNull()
      }),
      { numRuns: 100 }
    )
  })
})

describe("hostile headers and encodings", () => {
  const NAMES = ["__proto__", "constructor", "hasOwnProperty", "toString", "valueOf", "prototype", "x-helpdesk-ticket", "Content-Type", "from"]

  it("reads headers named __proto__, constructor, hasOwnProperty or toString as headers, without touching Object", async () => {
    const raw = Buffer.from(crlf(`__proto__: polluted\nconstructor: c\nhasOwnProperty: h\ntoString: t\n${head("text/plain").trimStart()}hi\n`))
    const headers = readRawHeaders(raw)
    expect(headers["__proto__"]).toEqual(["polluted"])
    expect(headers["constructor"]).toEqual(["c"])
    expect(headers["hasownproperty"]).toEqual(["h"])
    expect(headers["tostring"]).toEqual(["t"])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const mail = await parseMail(raw)
    expect(mail.subject).toBe("hostile")
    expect(mail.text.trim()).toBe("hi")
  })

  it("decodes &constructor; and &toString; as unknown names, not as Object's functions", () => {
    expect(decodeEntities("&constructor; &toString; &hasOwnProperty; &amp;")).toBe("&constructor; &toString; &hasOwnProperty; &")
  })

  it("names an attachment of Content-Type constructor or __proto__ like any unknown type", async () => {
    const raw = Buffer.from(
      head('multipart/mixed; boundary="b"') +
        crlf(`--b\nContent-Type: text/plain\n\nhi\n--b\nContent-Type: constructor\nContent-Disposition: attachment\n\nx\n--b--\n`)
    )
    const mail = await parseMail(raw)
    expect(mail.attachments.map((a) => a.filename)).toEqual(["attachment-1.bin"])
  })

  it("parses mail with any odd header names, broken encoded words, charsets and base64 within 2 s", async () => {
    const name = fc.oneof(fc.constantFrom(...NAMES), fc.stringMatching(/^[!-9;-~]{1,30}$/))
    const value = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom("=?utf-8?B?!!!?=", "=?x-unknown?Q?=FF=FE?=", "=?utf-8?Q?" + "=C3".repeat(5000) + "?=", "<" + "a@".repeat(5000) + ">"),
      HOSTILE_RUN
    )
    const body = fc.constantFrom(
      { type: "text/plain; charset=x-no-such-charset", encoding: "8bit", text: "h\u00e9llo \u00ff\u00fe" },
      { type: "text/plain; charset=utf-8", encoding: "base64", text: "!!!not base64***\n" + "QUJD".repeat(3000) + "=" },
      { type: "text/html; charset=utf-16", encoding: "quoted-printable", text: "=ZZ=\n=3" + "=".repeat(3000) },
      { type: "text/plain; charset=\"", encoding: "x-unknown", text: "\u0000\u0001 binary" }
    )
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(name, value), { maxLength: 8 }), body, async (headers, b) => {
        const extra = headers.map(([n, v]) => `${n}: ${v.replace(/[\r\n]+/g, " ")}\r\n`).join("")
        const raw = Buffer.from(head(b.type, extra + `Content-Transfer-Encoding: ${b.encoding}\r\n`) + b.text, "latin1")
        await parsesOrRefuses(raw)
      }),
      { numRuns: 100 }
    )
  })
})

describe("hostile MIME structure", () => {
  /** A multipart `depth` levels deep with the text at the bottom. */
  const nested = (depth: number) => {
    let body = "deep text\r\n"
    let type = "text/plain"
    for (let i = depth; i > 0; i--) {
      body = `--b${i}\r\nContent-Type: ${type}\r\n\r\n${body}\r\n--b${i}--\r\n`
      type = `multipart/mixed; boundary="b${i}"`
    }
    return Buffer.from(head(type) + body)
  }
  /** A multipart/mixed of a text and `count` small attachments. */
  const manyParts = (count: number) => {
    let parts = "--p\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    for (let i = 0; i < count; i++) {
      parts += `--p\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="f${i}.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n`
    }
    return Buffer.from(head('multipart/mixed; boundary="p"') + parts + "--p--\r\n")
  }

  it("reads a 300-deep multipart within 2 s and lists what lies past 50 levels as left out", async () => {
    const mail = (await parsesOrRefuses(nested(300)))!
    expect(mail.from.address).toBe("x@example.com")
    expect(mail.skippedAttachments).toEqual([
      { filename: expect.stringMatching(/more MIME part.*past 2000 parts or 50 levels/), contentType: "multipart/mixed", size: expect.any(Number) },
    ])
  })

  it("keeps 200 of 5,000 attachments, lists the rest and what lies past 2,000 parts, within 2 s", async () => {
    const mail = (await parsesOrRefuses(manyParts(5000)))!
    expect(mail.from.address).toBe("x@example.com")
    expect(mail.text.trim()).toBe("hello")
    expect(mail.attachments).toHaveLength(MIME_LIMITS.attachments)
    expect(mail.skippedAttachments.map((s) => s.filename)).toEqual([
      "1799 more attachments (past 200 attachments)",
      "3001 more MIME parts (past 2000 parts or 50 levels of nesting)",
    ])
  })

  it("leaves ordinary multipart mail as it is", () => {
    const raw = manyParts(30)
    expect(capMimeParts(raw)).toEqual({ source: raw, leftOut: null })
    expect(capMimeParts(nested(40))).toEqual({ source: nested(40), leftOut: null })
  })

  it("parses any mix of nesting, part counts and broken boundaries within 2 s", async () => {
    const shape = fc.record({
      depth: fc.integer({ min: 0, max: 400 }),
      parts: fc.integer({ min: 0, max: 3000 }),
      broken: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(shape, async ({ depth, parts, broken }) => {
        let raw = Buffer.concat([nested(depth), manyParts(parts)])
        if (broken) raw = Buffer.from(raw.toString("latin1").replace(/--b1--|--p--/g, "--"), "latin1")
        await parsesOrRefuses(raw)
      }),
      { numRuns: 30 }
    )
  })
})
