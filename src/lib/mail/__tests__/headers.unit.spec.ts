import { headerBytes, readRawHeaders } from "../headers"
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
