
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { runCli } from "../cli"

async function run(argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const stdout = jest.spyOn(process.stdout, "write").mockImplementation(((chunk: string, cb?: () => void) => {
    out.push(String(chunk))
    if (typeof cb === "function") cb()
    return true
  }) as typeof process.stdout.write)
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation(((chunk: string) => {
    err.push(String(chunk))
    return true
  }) as typeof process.stderr.write)
  try {
    const code = await runCli(argv)
    return { code, stdout: out.join(""), stderrLines: err.join("").split("\n").filter((l) => l.trim()) }
  } finally {
    stdout.mockRestore()
    stderr.mockRestore()
  }
}

describe("medusa-helpdesk parse-email", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "helpdesk-cli-"))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name)
    fs.writeFileSync(p, content)
    return p
  }

  it("prints exactly the contract's fields as one JSON object", async () => {
    const p = file(
      "ok.eml",
      "From: Anna <anna@example.org>\r\nTo: support@shop.example\r\nSubject: Hi [#42]\r\nMessage-ID: <a@b>\r\n" +
        'Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nHello\r\n' +
        '--x\r\nContent-Type: text/plain; name="n.txt"\r\nContent-Disposition: attachment; filename="n.txt"\r\n\r\nnote\r\n--x--\r\n'
    )
    const r = await run(["parse-email", p])
    expect(r.code).toBe(0)
    expect(r.stderrLines).toEqual([])
    const json = JSON.parse(r.stdout)
    expect(Object.keys(json)).toEqual([
      "from", "to", "cc", "replyTo", "subject", "messageId", "inReplyTo", "references", "date",
      "text", "reply", "html", "attachments", "auto", "ticketRef", "delivery",
    ])
    expect(json.delivery).toBeNull()
    expect(json.messageId).toBe("a@b")
    expect(json.ticketRef).toBe("42")
    expect(json.reply).toBe("Hello")
    expect(json.attachments).toEqual([{ filename: "n.txt", contentType: "text/plain", size: 4, inline: false, contentId: null }])
  })

  it("prints what a bounce says: its failed recipient, status and the original Message-ID", async () => {
    const p = file(
      "bounce.eml",
      "From: MAILER-DAEMON@mx.example.net\r\nTo: support@shop.example\r\nSubject: Undelivered Mail Returned to Sender\r\n" +
        'MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary="r"\r\n\r\n' +
        "--r\r\nContent-Type: text/plain\r\n\r\nThis is the mail system at host mx.example.net.\r\n" +
        "--r\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n" +
        "Final-Recipient: rfc822; gone@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n" +
        "--r\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: support@shop.example\r\nMessage-ID: <sent-1@shop.example>\r\n\r\n--r--\r\n"
    )
    const json = JSON.parse((await run(["parse-email", p])).stdout)
    expect(json.auto).toBe("bounce")
    expect(json.delivery).toEqual({ action: "failed", recipient: "gone@example.org", status: "5.1.1", messageId: "sent-1@shop.example" })
  })

  it("fails with one stderr line for unreadable input", async () => {
    for (const argv of [
      ["parse-email", path.join(dir, "missing.eml")],
      ["parse-email", dir],
      ["parse-email", file("empty.eml", "")],
      ["parse-email", file("binary.eml", Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 10, 10, 7]))],
    ]) {
      const r = await run(argv)
      expect(r.code).toBe(1)
      expect(r.stdout).toBe("")
      expect(r.stderrLines).toHaveLength(1)
    }
  })

  it("answers usage errors with exit code 2", async () => {
    for (const argv of [[], ["parse-email"], ["frobnicate", "x"], ["parse-email", "a", "b"]]) {
      const r = await run(argv)
      expect(r.code).toBe(2)
      expect(r.stderrLines).toHaveLength(1)
    }
  })
})
