import path from "node:path"
import { ParsePool } from "../parse-pool"
import { MailTooSlowError } from "../types"

/**
 * A real worker thread, run from the TypeScript source. No mail is slow to
 * read any more once the patterns are linear, so "slow" here is a mail that
 * honestly takes the parser a few hundred milliseconds (5 MB of HTML
 * paragraphs), against a budget far below that.
 */
const pool = (budgetMs: number) =>
  new ParsePool({
    workerFile: path.join(__dirname, "..", "parse-worker.ts"),
    execArgv: ["--require", "ts-node/register/transpile-only"],
    size: 1,
    budgetMs,
  })

const mail = (name: string, body = `Hello from ${name}`) =>
  Buffer.from(`From: ${name}@example.com\r\nSubject: ${name}\r\nMessage-ID: <${name}@example.com>\r\nContent-Type: text/html\r\n\r\n${body}\r\n`)
const slowMail = () => mail("slow", "<p><b>word</b> <i>x</i></p>".repeat(200_000))

describe("ParsePool's time budget", () => {
  let parser: ParsePool
  afterEach(() => parser.close())

  it("fails a mail over the budget with the reason, replaces the worker, and reads the mail queued behind it", async () => {
    parser = pool(150)
    // the worker's first mail also loads sanitize-html: read one before timing
    await parser.parse(mail("warm"), {})
    const [first, slow, after] = await Promise.allSettled([
      parser.parse(mail("first"), {}),
      parser.parse(slowMail(), {}),
      parser.parse(mail("after"), {}),
    ])
    expect(first).toMatchObject({ status: "fulfilled", value: { subject: "first" } })
    expect(slow).toMatchObject({ status: "rejected", reason: expect.any(MailTooSlowError) })
    expect((slow as PromiseRejectedResult).reason.message).toBe("it took longer than 0.15 s to read")
    expect(after).toMatchObject({ status: "fulfilled", value: { subject: "after", reply: "Hello from after" } })
    // the replacement goes on reading mail
    await expect(parser.parse(mail("later"), {})).resolves.toMatchObject({ subject: "later" })
  }, 60_000)

  it("reads the same mail within a budget it fits", async () => {
    parser = pool(30_000)
    await expect(parser.parse(slowMail(), {})).resolves.toMatchObject({ subject: "slow" })
  }, 60_000)
})
