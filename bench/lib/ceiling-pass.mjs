// One pass of the ingest bench's ceiling, in a process of its own (as each
// helpdesk pass runs in a fresh store): imapflow fetches every mail of the
// warm-up account and mailparser parses it, uncounted; then the same for the
// measured account, timed. Prints {mails, seconds, rate, cpu_seconds} as JSON
// (cpu_seconds: this process's CPU in the timed part, every thread; Dovecot's
// is left out, as it is on the helpdesk's side).
// Usage: node ceiling-pass.mjs <host> <port> <password> <warm-up user> <user>
import { ImapFlow } from "imapflow"
import { simpleParser } from "mailparser"

const [host, port, password, warmupUser, user] = process.argv.slice(2)

async function fetchAndParse(account) {
  const client = new ImapFlow({ host, port: Number(port), secure: false, auth: { user: account, pass: password }, logger: false })
  await client.connect()
  const started = process.hrtime.bigint()
  const cpu = process.cpuUsage()
  const lock = await client.getMailboxLock("INBOX")
  let mails = 0
  try {
    const sources = []
    for await (const message of client.fetch("1:*", { uid: true, source: true }, { uid: true })) sources.push(message.source)
    for (const source of sources) {
      await simpleParser(source)
      mails++
    }
  } finally {
    lock.release()
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const used = process.cpuUsage(cpu)
  await client.logout()
  return { mails, seconds, rate: mails / seconds, cpu_seconds: (used.user + used.system) / 1e6 }
}

await fetchAndParse(warmupUser)
console.log(JSON.stringify(await fetchAndParse(user)))
