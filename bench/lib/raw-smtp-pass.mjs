// The outbox bench's baseline, in a process of its own (as the helpdesk's
// drain runs in one): nodemailer alone, one pooled transport as the helpdesk
// configures it, sending the very messages the helpdesk's outbox holds to
// the same sink. Says "ready" once the messages are loaded and the pool is
// built, sends on "go" (a line on stdin), then prints one JSON line:
// {sent, failed, cpu_seconds, window_us} (CPU: this process, every thread,
// from go until the last mail was accepted).
// Usage: node raw-smtp-pass.mjs <messages.json> <host> <port> <pool size> <in flight>
import { readFileSync } from "node:fs"
import { createInterface } from "node:readline"
import nodemailer from "nodemailer"

const [file, host, port, poolSize, inFlight] = process.argv.slice(2)
const messages = JSON.parse(readFileSync(file, "utf8"))
const transport = nodemailer.createTransport({
  pool: true,
  maxConnections: Number(poolSize),
  host,
  port: Number(port),
  secure: false,
  auth: { user: "bench", pass: "bench-smtp-password" },
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 30_000,
})

const lines = createInterface({ input: process.stdin })
console.log("ready")
for await (const line of lines) if (line.trim() === "go") break
const from = process.hrtime.bigint()
const cpu = process.cpuUsage()
// A window of sends, refilled as each mail is accepted: handed all 2,000 at
// once, nodemailer compiles every message before the first goes out and its
// pool works through the long queue more slowly (535-760 mails/s here,
// against 1,000-1,300 with 10 or 50 in flight).
let next = 0
let sent = 0
const errors = []
await Promise.all(
  Array.from({ length: Number(inFlight) }, async () => {
    while (next < messages.length) {
      const message = messages[next++]
      await transport.sendMail(message).then(() => sent++, (error) => errors.push(error.message))
    }
  })
)
const used = process.cpuUsage(cpu)
// In µs of the clock V8's profiles use, to read a --cpu-prof profile of this process.
const window_us = [Number(from / 1000n), Number(process.hrtime.bigint() / 1000n)]
transport.close()
console.log(JSON.stringify({ sent, failed: errors.length, error: errors[0] ?? null, cpu_seconds: (used.user + used.system) / 1e6, window_us }))
process.exit(0)
