// The outbox bench's helpdesk side, run with `medusa exec` in the demo store
// (a CommonJS file, as exec loads scripts with require): drains the outbox
// with drainOutbox, what the every-minute mail job and the queued-mail
// subscriber run. exec boots the whole store in worker mode "server": no
// job runs, and the subscriber, though loaded, hears no queued mail, so the
// drain is the only sender.
// Says "ready" once booted, drains on "go" (a line on stdin), prints the
// result with where the time went, then waits for "exit" so the bench can
// read this process's CPU before it ends.
const path = require("node:path")
const readline = require("node:readline")

const BUILT = path.resolve(__dirname, "../../.medusa/server/src")
const say = (line) => process.stdout.write(`[outbox-drain] ${line}\n`)

// exec takes the `default` export, as a compiled TypeScript script has it.
exports.default = async function drain({ container }) {
  // Required here, after the loaders, so these are the modules the store loaded.
  const { drainOutbox } = require(path.join(BUILT, "workflows/outbox/utils/drain-outbox.js"))
  const { SmtpTransports } = require(path.join(BUILT, "lib/mail/send/smtp-transports.js"))
  const timings = instrument(container.resolve("helpdesk"), SmtpTransports)
  const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]()
  const until = async (word) => {
    for (;;) {
      const { value, done } = await lines.next()
      // The bench is gone: nobody to report to.
      if (done) process.exit(1)
      if (value.trim() === word) return
    }
  }
  say("ready")
  await until("go")
  timings.counting = true
  const from = process.hrtime.bigint()
  // Long enough for any backlog the bench makes: the job's 50 s would cut a slow run short.
  const result = await drainOutbox(container, { budgetMs: 600_000 })
  // In µs of the clock V8's profiles use, for --profile.
  const window_us = [Number(from / 1000n), Number(process.hrtime.bigint() / 1000n)]
  timings.counting = false
  const { counting, ...measured } = timings
  say(JSON.stringify({ ...result, timings: measured, window_us }))
  await until("exit")
}

/**
 * Wall time of the drain's parts, measured from outside the plugin's code:
 * claims and result writes (summed; writes overlap each other), and how
 * long the SMTP pool had nothing to send between one batch's last mail and
 * the next batch's first; and the SQL statements sent while `counting`, by
 * first word (begin and commit too: each is a round trip).
 */
function instrument(helpdesk, SmtpTransports) {
  const t = { claims: 0, claim_ms: 0, record_ms: 0, record_calls: 0, pool_idle_between_batches_ms: 0, statements: {}, counting: false }
  // The store's own pg (one copy in node_modules), under knex and MikroORM.
  const { Client } = require("pg")
  const query = Client.prototype.query
  Client.prototype.query = function (config, ...rest) {
    if (t.counting) {
      const text = typeof config === "string" ? config : config?.text
      const word = String(text ?? "?").trim().split(/\s+/)[0].toLowerCase()
      t.statements[word] = (t.statements[word] ?? 0) + 1
    }
    return query.call(this, config, ...rest)
  }
  let lastSendDone = null
  let inFlight = 0
  const timed = (name, onDone) => {
    const original = helpdesk[name].bind(helpdesk)
    helpdesk[name] = async (...args) => {
      const started = performance.now()
      try {
        return await original(...args)
      } finally {
        onDone(performance.now() - started)
      }
    }
  }
  timed("claimOutboundMails", (ms) => ((t.claims += 1), (t.claim_ms += ms)))
  timed("recordOutboundResults", (ms) => ((t.record_calls += 1), (t.record_ms += ms)))
  const get = SmtpTransports.prototype.get
  SmtpTransports.prototype.get = function (server) {
    const transport = get.call(this, server)
    if (!transport.benchWrapped) {
      const send = transport.sendMail.bind(transport)
      transport.sendMail = async (message) => {
        if (inFlight++ === 0 && lastSendDone !== null) t.pool_idle_between_batches_ms += performance.now() - lastSendDone
        try {
          return await send(message)
        } finally {
          if (--inFlight === 0) lastSendDone = performance.now()
        }
      }
      transport.benchWrapped = true
    }
    return transport
  }
  return t
}
