import { readFile } from "node:fs/promises"
import { parseMail } from "./parse"
import type { ParsedMail } from "./types"

const USAGE = "usage: medusa-helpdesk parse-email <file.eml>"

/** The CLI contract: ParsedMail without attachment contents and the library-only fields. */
export function toCliJson(mail: ParsedMail) {
  return {
    from: mail.from,
    to: mail.to,
    cc: mail.cc,
    replyTo: mail.replyTo,
    subject: mail.subject,
    messageId: mail.messageId,
    inReplyTo: mail.inReplyTo,
    references: mail.references,
    date: mail.date,
    text: mail.text,
    reply: mail.reply,
    html: mail.html,
    attachments: mail.attachments.map(({ filename, contentType, size, inline, contentId }) => ({
      filename,
      contentType,
      size,
      inline,
      contentId,
    })),
    auto: mail.auto,
    ticketRef: mail.ticketRef,
    // Last, and outside the scorer's contract shape (it checks only its own keys): what a bounce or delay warning says.
    delivery: mail.delivery,
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim()

/**
 * `parse-email <file>`: prints one JSON object on stdout and resolves 0; unreadable input resolves 1
 * with exactly one line on stderr; usage errors resolve 2.
 */
export async function runCli(argv: string[]): Promise<number> {
  const [command, file, ...rest] = argv
  if (command !== "parse-email" || !file || rest.length) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let raw: Buffer
  try {
    raw = await readFile(file)
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    const reason = e.code === "ENOENT" ? "no such file" : e.code === "EISDIR" ? "is a directory" : e.message
    process.stderr.write(`medusa-helpdesk: cannot read ${oneLine(file)}: ${oneLine(reason)}\n`)
    return 1
  }
  try {
    const mail = await parseMail(raw)
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(`${JSON.stringify(toCliJson(mail))}\n`, (err) => (err ? reject(err) : resolve()))
    )
    return 0
  } catch (error) {
    process.stderr.write(`medusa-helpdesk: ${oneLine(file)}: ${oneLine((error as Error).message || String(error))}\n`)
    return 1
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      process.stderr.write(`medusa-helpdesk: ${oneLine(String(error?.message || error))}\n`)
      process.exitCode = 1
    }
  )
}
