import fs from "node:fs"
import path from "node:path"
import { headerBytes, readRawHeader, readRawHeaders } from "../headers"
import { assertLooksLikeMail } from "../raw-check"

const body = "Hello,\r\n\r\nSubject: not a header, this is the body\r\n"

describe("headerBytes", () => {
  it("stops after the blank line that ends the header block, so the body is not decoded", () => {
    const raw = Buffer.from(`From: a@example.org\r\nSubject: Hi\r\n\r\n${body}`)
    expect(headerBytes(raw, 1024).toString()).toBe("From: a@example.org\r\nSubject: Hi\r\n\r\n")
    expect(headerBytes(Buffer.from(`From: a@example.org\n\n${body}`), 1024).toString()).toBe("From: a@example.org\n\n")
  })

  it("does not take blank lines or a BOM before the headers for the end of the block", () => {
    const raw = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\r\n\r\n  \r\nFrom: a@example.org\r\nSubject: Hi\r\n\r\n${body}`)])
    expect(readRawHeaders(raw)).toEqual({ from: ["a@example.org"], subject: ["Hi"] })
    expect(() => assertLooksLikeMail(raw)).not.toThrow()
  })

  it("keeps everything up to the limit when there is no body", () => {
    const raw = Buffer.from("From: a@example.org\r\nSubject: folded\r\n  over two lines")
    expect(headerBytes(raw, 1024)).toEqual(raw)
    expect(headerBytes(raw, 10).toString()).toBe("From: a@ex")
    expect(readRawHeaders(raw).subject).toEqual(["folded  over two lines"])
  })
})

describe("readRawHeader", () => {
  const first = (raw: Buffer, name: string) => readRawHeaders(raw)[name]?.[0] ?? null
  const odd = [
    "Message-ID: <plain@example.org>\r\n\r\nbody",
    "Received: by relay\r\nmessage-id:\r\n <folded@example.org>\r\nSubject: x\r\n\r\nbody",
    "MESSAGE-ID : <spaced@example.org>\nSubject: later\nMessage-ID: <second@example.org>\n\nbody",
    "X-Note: mentions\r\n Message-ID: <in-a-folded-line@example.org>\r\nSubject: x\r\n\r\nbody",
    "X-Note: a lone\rMessage-ID: <after-lone-cr@example.org>\r\nMessage-ID: <real@example.org>\r\n\r\n",
    "Subject: none\r\n\r\nMessage-ID: <in-the-body@example.org>\r\n",
    "\ufeff\r\nFrom sender@example.org Mon Jan  1 00:00:00 2024\r\nMessage-ID: <after-envelope@example.org>\r\n\r\nbody",
    "Message-ID: <caf\u00e9-\u00e0@example.org>\u00a0\r\n\r\nbody",
    "Message-IDs: <other-header@example.org>\r\nX-Message-ID: <prefixed@example.org>\r\n\r\nbody",
  ]

  it("reads a header exactly as readRawHeaders does (folding, case, order, BOM, mbox line, UTF-8, body)", () => {
    for (const text of odd) {
      const raw = Buffer.from(text)
      expect({ text, value: readRawHeader(raw, "message-id") }).toEqual({ text, value: first(raw, "message-id") })
    }
    expect(readRawHeader(Buffer.from(odd[1]), "message-id")).toBe("<folded@example.org>")
    expect(readRawHeader(Buffer.from(odd[2]), "message-id")).toBe("<spaced@example.org>")
    expect(readRawHeader(Buffer.from(odd[5]), "message-id")).toBeNull()
  })

  // The shared real-world corpus, when present beside the repository.
  const corpus = path.resolve(__dirname, "../../../../../shared/mail-corpus/corpus")
  const emls = fs.existsSync(corpus) ? fs.readdirSync(corpus, { recursive: true }).map(String).filter((f) => f.endsWith(".eml")) : []
  if (!emls.length) console.log(`readRawHeader corpus check skipped: no .eml files under ${corpus}`)
  ;(emls.length ? it : it.skip)("agrees with readRawHeaders on every header of the real-world corpus", () => {
    for (const file of emls) {
      const raw = fs.readFileSync(path.join(corpus, file))
      for (const name of ["message-id", "in-reply-to", "references", "subject", "from", "x-mailer"]) {
        expect({ file, name, value: readRawHeader(raw, name) }).toEqual({ file, name, value: first(raw, name) })
      }
    }
  })
})
