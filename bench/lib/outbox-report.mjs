// What `npm run bench -- outbox` prints and writes to bench/results/outbox.json.
import { mkdirSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "../../scripts/lib/run.mjs"

const round = (n) => (n === null || n === undefined ? null : Math.round(n * 100) / 100)
const perMail = (seconds, mails) => (seconds === null || seconds === undefined ? null : round((seconds * 1000) / mails))

/** The middle value (the lower middle of an even count); nulls are left out. */
function median(values) {
  const known = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b)
  return known.length ? known[Math.floor((known.length - 1) / 2)] : null
}

function describe(passes, mails) {
  const pass = (p) => ({
    seconds: round(p.seconds),
    mails_per_second: round(p.rate),
    first_mail_after_ms: round(p.first_mail_after_ms),
    first_to_last_seconds: round(p.first_to_last_seconds),
    cpu_ms_per_mail: { total: perMail(p.cpu_seconds.total, mails), sender: perMail(p.cpu_seconds.sender, mails), postgres: perMail(p.cpu_seconds.postgres, mails) },
    sink_cpu_ms_per_mail: perMail(p.sink_cpu_seconds, mails),
    ...(p.timings ? { timings: JSON.parse(JSON.stringify(p.timings, (_, v) => (typeof v === "number" ? round(v) : v))) } : {}),
    ...(p.profile ? { profile: p.profile } : {}),
  })
  const each = passes.map(pass)
  const mid = (pick) => median(each.map(pick))
  return {
    // Each figure is the median of the passes on its own.
    mails_per_second: mid((p) => p.mails_per_second),
    seconds: mid((p) => p.seconds),
    cpu_ms_per_mail: {
      total: mid((p) => p.cpu_ms_per_mail.total),
      sender: mid((p) => p.cpu_ms_per_mail.sender),
      postgres: mid((p) => p.cpu_ms_per_mail.postgres),
    },
    sink_cpu_ms_per_mail: mid((p) => p.sink_cpu_ms_per_mail),
    passes: each,
  }
}

export function writeOutboxReport({ mails, poolSize, replyApi, raws, helpdesks, profiled = null }) {
  const raw = describe(raws, mails)
  const helpdesk = describe(helpdesks, mails)
  const ratio = round(helpdesk.mails_per_second / raw.mails_per_second)
  const cpuRatio = helpdesk.cpu_ms_per_mail.total === null ? null : round(helpdesk.cpu_ms_per_mail.total / raw.cpu_ms_per_mail.total)
  const summary = {
    measured_at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    mails,
    passes: raws.length,
    smtp_pool_size: poolSize,
    timed_from: "the sender is told to go, until the sink has the last mail (both sides fresh processes, not warmed up)",
    raw_nodemailer: { what: "one pooled nodemailer transport sending the outbox's messages, 50 in flight", ...raw },
    helpdesk_outbox: { what: "drainOutbox under medusa exec: claims of 50, the plugin's pooled transports, one result write per mail; CPU: that process + PostgreSQL", ...helpdesk },
    ratio,
    cpu_per_mail_ratio: cpuRatio,
    reply_api: {
      what: "POST /admin/helpdesk/tickets/:id/reply with the queued mail held back (the subscriber runs, finds nothing due)",
      concurrency: replyApi.concurrency,
      seconds: round(replyApi.seconds),
      replies_per_second: round(replyApi.rate),
      cpu_ms_per_reply: { store: perMail(replyApi.cpu_seconds.store, mails), postgres: perMail(replyApi.cpu_seconds.postgres, mails) },
    },
    ...(profiled ? { profiled_helpdesk_pass: describe([profiled], mails).passes[0] } : {}),
    goals: { ratio: { goal: 0.5, measured: ratio, met: ratio >= 0.5 } },
  }
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true })
  writeFileSync(path.join(ROOT, "bench", "results", "outbox.json"), JSON.stringify(summary, null, 2) + "\n")

  const cpu = (side) => (side.cpu_ms_per_mail.total === null ? "" : `, ${side.cpu_ms_per_mail.total} ms CPU per mail`)
  console.log(`\n  raw nodemailer (pool of ${poolSize}): ${raw.mails_per_second} mails/s${cpu(raw)}`)
  const split = helpdesk.cpu_ms_per_mail.postgres === null ? "" : ` (drain process ${helpdesk.cpu_ms_per_mail.sender}, PostgreSQL ${helpdesk.cpu_ms_per_mail.postgres})`
  console.log(`  helpdesk outbox drain:          ${helpdesk.mails_per_second} mails/s${cpu(helpdesk)}${split}`)
  console.log(`  ratio: ${ratio} (goal >= 0.5: ${ratio >= 0.5 ? "met" : "NOT met"})${cpuRatio === null ? "" : `; CPU per mail: ${cpuRatio}x raw's`}`)
  console.log(`  the sink (this process) used ${raw.sink_cpu_ms_per_mail} ms CPU per mail with raw, ${helpdesk.sink_cpu_ms_per_mail} with the helpdesk`)
  console.log(`  reply API (mail held in the outbox, ${replyApi.concurrency} at a time): ${summary.reply_api.replies_per_second} replies/s`)
  const profile = profiled?.profile
  if (profile) {
    console.log(`  where the drain process's CPU went (a pass of its own under --cpu-prof, ${profile.busy_ms} ms busy):`)
    for (const { name, ms, share } of profile.by_package) console.log(`    ${String(ms).padStart(6)} ms ${String(Math.round(share * 100)).padStart(3)}%  ${name}`)
    console.log("  busiest functions:")
    for (const { name, ms, share } of profile.by_function) console.log(`    ${String(ms).padStart(6)} ms ${String(Math.round(share * 100)).padStart(3)}%  ${name}`)
  }
  console.log(`  median of ${raws.length} passes each; written to bench/results/outbox.json`)
}
