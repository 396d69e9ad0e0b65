// `npm run bench -- ingest [--mails 2000]`: end-to-end mail ingest.
//
// Appends N real-world-like mails (bench/lib/mail-generator.mjs) to a private
// Dovecot, then measures in the same run:
//   ceiling: imapflow fetch of every mail + mailparser's simpleParser on each
//            (the raw speed of the two libraries, nothing stored);
//   helpdesk: "Check mail now" on the demo store until every mail is stored
//            as threaded tickets (parse, filters, File module, PostgreSQL).
// Prints both and their ratio; writes bench/results/ingest.json.
import { mkdirSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { ImapFlow } from "imapflow"
import { simpleParser } from "mailparser"
import pg from "pg"
import { ensureDatabase, urlFor, usePostgres } from "../scripts/lib/postgres.mjs"
import { ROOT } from "../scripts/lib/run.mjs"
import { adminLogin, benchStoreEnv, buildAndLinkPlugin, ensureAdminUser, migrate, startStore, waitForHealth } from "../scripts/lib/store.mjs"
import { generateMails } from "./lib/mail-generator.mjs"

const require = createRequire(import.meta.url)
const { hasDovecot, INSTALL_HINT, startDovecot } = require("../scripts/lib/dovecot.cjs")

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const MAILS = arg("mails", 2000)
const PORT = String(arg("port", 9401))
const DB = "helpdesk_bench_ingest"
const USER = "support"
const PASSWORD = "bench-imap-password"
const say = (line) => console.log(`[bench:ingest] ${line}`)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

if (!hasDovecot) {
  console.error(`This benchmark needs Dovecot. Install it with: ${INSTALL_HINT}`)
  process.exit(2)
}

const server = await usePostgres({ dataDir: path.join(ROOT, "bench", ".data", "pg"), persistent: true })
const admin = new pg.Client({ connectionString: urlFor(server, "postgres") })
await admin.connect()
// A fresh database each run: the measured run must import every mail.
await admin.query(`drop database if exists ${DB} with (force)`)
await admin.end()
await ensureDatabase(server, DB)
const env = benchStoreEnv(
  process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/\/[^/]*$/, `/${DB}`) : urlFor(server, DB),
  PORT, { HELPDESK_MAIL_CRON: "off" }
)
const dovecot = await startDovecot()
let store

try {
  await dovecot.addUser(USER, PASSWORD)
  say(`Generating ${MAILS} mails…`)
  const mails = await generateMails(MAILS)
  const bytes = mails.reduce((sum, m) => sum + m.length, 0)
  say(`Appending them to Dovecot (${(bytes / 1e6).toFixed(1)} MB)…`)
  await dovecot.deliver(USER, PASSWORD, mails)

  say("Measuring the ceiling: imapflow fetch + mailparser parse…")
  const ceiling = await measureCeiling()
  say(`ceiling: ${ceiling.mails} mails in ${ceiling.seconds.toFixed(2)} s = ${ceiling.rate.toFixed(0)} mails/s`)

  say("Building the plugin, migrating and starting the demo store…")
  await buildAndLinkPlugin()
  await migrate(env)
  await ensureAdminUser(env, "bench@example.com", "bench-password")
  store = startStore(env, { stdio: "ignore" })
  const base = `http://localhost:${PORT}`
  if (!(await waitForHealth(`${base}/health`))) throw new Error("the store did not start")
  const token = await adminLogin(base, "bench@example.com", "bench-password")

  say("Measuring the helpdesk: Check mail now until every mail is stored…")
  const helpdesk = await measureHelpdesk(base, token)
  say(`helpdesk: ${helpdesk.fetched} mails in ${helpdesk.seconds.toFixed(2)} s = ${helpdesk.rate.toFixed(0)} mails/s`)
  const stored = await countStored()
  report(ceiling, helpdesk, stored, bytes)
} finally {
  await store?.stop()
  await dovecot.stop()
  await server.stop()
}

async function measureCeiling() {
  const client = new ImapFlow({ host: dovecot.host, port: dovecot.port, secure: false, auth: { user: USER, pass: PASSWORD }, logger: false })
  await client.connect()
  const started = process.hrtime.bigint()
  const lock = await client.getMailboxLock("INBOX")
  let count = 0
  try {
    const sources = []
    for await (const message of client.fetch("1:*", { uid: true, source: true }, { uid: true })) sources.push(message.source)
    for (const source of sources) {
      await simpleParser(source)
      count++
    }
  } finally {
    lock.release()
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  await client.logout()
  return { mails: count, seconds, rate: count / seconds }
}

async function measureHelpdesk(base, token) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const created = await fetch(`${base}/admin/helpdesk/mailboxes`, {
    method: "POST",
    headers,
    body: JSON.stringify({
      name: "Support", address: "support@shop.test", imap_host: dovecot.host, imap_port: dovecot.port,
      imap_secure: false, imap_user: USER, imap_password: PASSWORD,
    }),
  })
  const { mailbox } = await created.json()
  if (!mailbox) throw new Error(`could not create the mailbox (${created.status})`)
  const totals = { fetched: 0, imported: 0, skipped: 0, failed: 0, duplicates: 0, runs: 0, timings: { fetch_ms: 0, prepare_ms: 0, store_ms: 0, wait_ms: 0 } }
  const started = process.hrtime.bigint()
  while (totals.fetched < MAILS) {
    const res = await fetch(`${base}/admin/helpdesk/mailboxes/${mailbox.id}/collect`, { method: "POST", headers })
    const body = await res.json()
    if (!res.ok || body.collection.error) throw new Error(`collect failed: ${res.status} ${JSON.stringify(body)}`)
    if (!body.collection.fetched) throw new Error(`collect fetched nothing with ${MAILS - totals.fetched} mails left`)
    for (const key of ["fetched", "imported", "skipped", "failed", "duplicates"]) totals[key] += body.collection[key]
    for (const key of Object.keys(totals.timings)) totals.timings[key] += body.collection.timings[key]
    totals.runs++
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  return { ...totals, seconds, rate: totals.fetched / seconds }
}

async function countStored() {
  const db = new pg.Client({ connectionString: env.DATABASE_URL })
  await db.connect()
  try {
    const one = async (sql) => (await db.query(sql)).rows[0].n
    return {
      tickets: await one("select count(*)::int as n from helpdesk_ticket"),
      messages: await one("select count(*)::int as n from helpdesk_ticket_message where inbound_mail_id is not null"),
      threaded_replies: await one(
        "select count(*)::int as n from helpdesk_ticket_message m where m.in_reply_to is not null and exists (select 1 from helpdesk_ticket_message o where o.ticket_id = m.ticket_id and o.message_id = m.in_reply_to)"
      ),
      attachments: await one("select count(*)::int as n from helpdesk_ticket_attachment"),
      inbound_records: await one("select count(*)::int as n from helpdesk_inbound_mail"),
    }
  } finally {
    await db.end()
  }
}

function report(ceiling, helpdesk, stored, bytes) {
  const ratio = helpdesk.rate / ceiling.rate
  const summary = {
    measured_at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    mails: MAILS,
    megabytes: Number((bytes / 1e6).toFixed(1)),
    ceiling_imapflow_mailparser: { seconds: round(ceiling.seconds), mails_per_second: round(ceiling.rate) },
    helpdesk_end_to_end: { seconds: round(helpdesk.seconds), mails_per_second: round(helpdesk.rate), runs: helpdesk.runs,
      imported: helpdesk.imported, skipped: helpdesk.skipped, failed: helpdesk.failed, duplicates: helpdesk.duplicates,
      // Summed over the runs; fetching and parsing overlap with storing.
      timings_ms: helpdesk.timings },
    stored,
    ratio: round(ratio),
    goals: {
      ratio: { goal: 0.5, measured: round(ratio), met: ratio >= 0.5 },
      mails_per_second: { goal: 100, measured: round(helpdesk.rate), met: helpdesk.rate >= 100 },
    },
  }
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true })
  writeFileSync(path.join(ROOT, "bench", "results", "ingest.json"), JSON.stringify(summary, null, 2) + "\n")
  console.log(`\n  ceiling (imapflow fetch + mailparser): ${round(ceiling.rate)} mails/s`)
  console.log(`  helpdesk end to end (stored, threaded): ${round(helpdesk.rate)} mails/s`)
  console.log(`  ratio: ${round(ratio)} (goal >= 0.5); rate goal >= 100 mails/s: ${helpdesk.rate >= 100 ? "met" : "NOT met"}`)
  console.log(`  stored: ${JSON.stringify(stored)}`)
  console.log(`  helpdesk time (ms, summed over runs; fetch and parse overlap the store): ${JSON.stringify(helpdesk.timings)}`)
  console.log("written to bench/results/ingest.json")
}

function round(n) {
  return Math.round(n * 100) / 100
}
