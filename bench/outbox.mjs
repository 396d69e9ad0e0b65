// `npm run bench -- outbox [--mails 2000] [--passes 3] [--profile]`: how fast
// the outbox sends a backlog of agent replies, beside nodemailer alone.
//
// Once: the demo store (worker mode "server": no jobs) gets a default
// mailbox that sends through an SMTP sink in this process (npm smtp-server:
// no TLS, any login, counts mails), N admin tickets, and an agent reply to
// each over the reply API (timed: a side figure), while a trigger holds the
// queued mails back (bench/lib/outbox-backlog.mjs says why). The database,
// now holding N due mails, is the template of every pass. Then, in turns,
// each pass:
//   raw: nodemailer alone in a fresh process (bench/lib/raw-smtp-pass.mjs),
//        one pooled transport of the helpdesk's pool size, sending the very
//        messages the outbox holds to the same sink, 50 in flight;
//   helpdesk: on a fresh copy of the template, `medusa exec` boots the store
//        and runs drainOutbox (bench/lib/drain-outbox.cjs), which claims 50
//        at a time, sends through the plugin's pooled transports and records
//        each outcome, as the mail job does with mail that piled up.
// A side's time runs from the moment it is told to go until the sink has
// the last mail; neither side is warmed up (both are fresh processes whose
// pools first connect). CPU per mail: the sender's process from go until it
// is done, plus, for the helpdesk, the embedded PostgreSQL (on Linux). The
// median pass of each side is reported; writes bench/results/outbox.json.
// --profile adds a helpdesk pass under V8's profiler (not counted) and
// prints where the drain process's CPU went.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import pg from "pg"
import { usePostgres } from "../scripts/lib/postgres.mjs"
import { BIN, ROOT } from "../scripts/lib/run.mjs"
import { adminLogin, benchStoreEnv, buildAndLinkPlugin, DEMO, ensureAdminUser, migrate, startStore, waitForHealth } from "../scripts/lib/store.mjs"
import { postmasterPid, storeCpuSeconds } from "./lib/cpu.mjs"
import { summariseProfile } from "./lib/cpu-profile.mjs"
import { databaseUrl, resetDatabase } from "./lib/databases.mjs"
import { createDefaultSendingMailbox, createTickets, holdQueuedMail, replyToAll } from "./lib/outbox-backlog.mjs"
import { writeOutboxReport } from "./lib/outbox-report.mjs"
import { startSender } from "./lib/sender-process.mjs"
import { startSmtpSink } from "./lib/smtp-sink.mjs"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const MAILS = arg("mails", 2000)
const PASSES = arg("passes", 3)
const PROFILE = process.argv.includes("--profile")
// Of the API calls that make the backlog: enough to keep the store's two cores busy.
const CONCURRENCY = arg("concurrency", 8)
// The plugin's default smtpPoolSize (the demo store keeps it); the raw side uses the same.
const POOL_SIZE = 5
// The raw side's sends in flight: the helpdesk's batch size, but refilled mail by mail.
const RAW_IN_FLIGHT = 50
const PORT = String(arg("port", 9403))
const DB = "helpdesk_bench_outbox"
const TEMPLATE_DB = "helpdesk_bench_outbox_template"
const PG_DATA = path.join(ROOT, "bench", ".data", "pg")
const BUILT = path.join(ROOT, ".medusa", "server", "src")
const say = (line) => console.log(`[bench:outbox] ${line}`)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

const require = createRequire(import.meta.url)
const server = await usePostgres({ dataDir: PG_DATA, persistent: true })
const sink = await startSmtpSink()
const scratch = mkdtempSync(path.join(os.tmpdir(), "helpdesk-bench-outbox-"))
const storeEnv = (database, extra = {}) => benchStoreEnv(databaseUrl(server, database), PORT, { HELPDESK_MAIL_CRON: "off", ...extra })

try {
  say("Building the plugin and migrating a template database…")
  await buildAndLinkPlugin()
  await resetDatabase(server, TEMPLATE_DB)
  await migrate(storeEnv(TEMPLATE_DB))
  await ensureAdminUser(storeEnv(TEMPLATE_DB), "bench@example.com", "bench-password")
  const replyApi = await queueReplies()
  const messagesFile = path.join(scratch, "messages.json")
  writeFileSync(messagesFile, JSON.stringify(await queuedMessages()))

  const raws = []
  const helpdesks = []
  for (let pass = 1; pass <= PASSES; pass++) {
    const raw = await measureRaw(messagesFile)
    say(`pass ${pass}, raw nodemailer: ${line(raw)}`)
    raws.push(raw)
    const helpdesk = await measureHelpdesk(false)
    say(`pass ${pass}, helpdesk outbox: ${line(helpdesk)}`)
    helpdesks.push(helpdesk)
  }
  // Profiling slows the process it watches: a pass of its own, left out of the medians.
  const profiled = PROFILE ? await measureHelpdesk(true) : null
  if (profiled) say(`profiled helpdesk pass (not counted): ${line(profiled)}`)
  writeOutboxReport({ mails: MAILS, poolSize: POOL_SIZE, replyApi, raws, helpdesks, profiled })
} finally {
  await sink.stop()
  await server.stop()
  rmSync(scratch, { recursive: true, force: true })
}

function line(side) {
  const cpu = side.cpu_seconds.total === null ? "" : `, ${((side.cpu_seconds.total * 1000) / MAILS).toFixed(2)} ms CPU per mail`
  const timings = side.timings ? `; ${JSON.stringify(side.timings, (_, v) => (typeof v === "number" ? Math.round(v) : v))}` : ""
  return `${MAILS} mails in ${side.seconds.toFixed(2)} s = ${side.rate.toFixed(0)} mails/s${cpu}${timings}`
}

/** The backlog, made on the template database, its mail held back; the reply API's speed on the way. */
async function queueReplies() {
  const store = startStore(storeEnv(TEMPLATE_DB, { MEDUSA_WORKER_MODE: "server" }), { stdio: "ignore" })
  let held = null
  try {
    const base = `http://localhost:${PORT}`
    if (!(await waitForHealth(`${base}/health`))) throw new Error("the store did not start")
    const headers = { authorization: `Bearer ${await adminLogin(base, "bench@example.com", "bench-password")}`, "content-type": "application/json" }
    await createDefaultSendingMailbox(base, headers, sink)
    held = await holdQueuedMail(databaseUrl(server, TEMPLATE_DB))
    say(`Creating ${MAILS} admin tickets (${CONCURRENCY} at a time, not measured)…`)
    const ids = await createTickets(base, headers, MAILS, CONCURRENCY)
    say(`Replying to each (${CONCURRENCY} at a time; the mail is held in the outbox)…`)
    const postgres = server.embedded ? postmasterPid(PG_DATA) : null
    const before = storeCpuSeconds(store.child.pid, postgres)
    const seconds = await replyToAll(base, headers, ids, CONCURRENCY)
    const cpu = cpuUsed(before, storeCpuSeconds(store.child.pid, postgres))
    say(`reply API: ${MAILS} replies in ${seconds.toFixed(2)} s = ${(MAILS / seconds).toFixed(0)} replies/s`)
    return { seconds, rate: MAILS / seconds, concurrency: CONCURRENCY, cpu_seconds: cpu }
  } finally {
    await store.stop()
    // Only once the store is gone: a subscriber still running would send what became due.
    await held?.release()
    if (sink.received) throw new Error(`the store sent ${sink.received} mails while they were held back`)
  }
}

/** The queued mails as the helpdesk will hand them to nodemailer (its own, built, conversion). */
async function queuedMessages() {
  const { toNodemailerMessage } = require(path.join(BUILT, "lib/mail/send/to-nodemailer.js"))
  const db = new pg.Client({ connectionString: databaseUrl(server, TEMPLATE_DB) })
  await db.connect()
  try {
    const { rows } = await db.query(`select * from helpdesk_outbound_mail where status = 'pending' and deleted_at is null order by next_attempt_at`)
    if (rows.length !== MAILS) throw new Error(`expected ${MAILS} queued mails, found ${rows.length}`)
    const built = await Promise.all(rows.map((row) => toNodemailerMessage(row, () => Promise.reject(new Error("the bench's mails have no files")))))
    return built.map((b) => b.message)
  } finally {
    await db.end()
  }
}

/** One raw pass: nodemailer alone, in a fresh process. */
async function measureRaw(messagesFile) {
  const sender = startSender(process.execPath, [path.join(ROOT, "bench", "lib", "raw-smtp-pass.mjs"), messagesFile, sink.host, String(sink.port), String(POOL_SIZE), String(RAW_IN_FLIGHT)], { cwd: ROOT, env: process.env })
  try {
    await sender.next("ready")
    // Its CPU is its own process.cpuUsage(), which it reports.
    const { done, ...measured } = await go(sender)
    const result = JSON.parse(done)
    if (result.sent !== MAILS) throw new Error(`raw nodemailer sent ${result.sent} of ${MAILS}: ${result.error}`)
    return { ...measured, cpu_seconds: { total: result.cpu_seconds, sender: result.cpu_seconds, postgres: null } }
  } finally {
    await sender.stop()
  }
}

/** One helpdesk pass: drainOutbox under `medusa exec` on a fresh copy of the template. */
async function measureHelpdesk(profile) {
  await resetDatabase(server, DB, TEMPLATE_DB)
  const profileDir = profile ? mkdtempSync(path.join(scratch, "profile-")) : null
  const exec = [path.join(BIN, "medusa"), "exec", path.join(ROOT, "bench", "lib", "drain-outbox.cjs")]
  // Node refuses --cpu-prof in NODE_OPTIONS: the profiled pass runs the CLI under node itself.
  const [command, ...args] = profileDir ? [process.execPath, "--cpu-prof", `--cpu-prof-dir=${profileDir}`, ...exec] : exec
  const sender = startSender(command, args, { cwd: DEMO, env: storeEnv(DB), prefix: "[outbox-drain] " })
  let measured
  try {
    await sender.next("ready")
    const postgres = server.embedded ? postmasterPid(PG_DATA) : null
    measured = await go(sender, () => storeCpuSeconds(sender.pid, postgres))
    sender.say("exit")
  } finally {
    await sender.stop(profile ? 60_000 : 10_000)
  }
  const { done, ...rest } = measured
  const result = JSON.parse(done)
  if (result.sent !== MAILS) throw new Error(`the outbox sent ${result.sent} of ${MAILS} (retrying ${result.retrying}, failed ${result.failed})`)
  const { store, postgres } = measured.cpu_seconds
  return {
    ...rest,
    cpu_seconds: { total: store === null || postgres === null ? null : store + postgres, sender: store, postgres },
    timings: result.timings,
    profile: profileDir ? summariseProfile(profileDir, ...result.window_us) : undefined,
  }
}

/**
 * Says "go" and waits for every mail at the sink and for the sender's
 * result; `cpu()`, if given, is read at go and once the result is in. The sink's own
 * CPU (this process) is measured beside it: it shares the two cores.
 */
async function go(sender, cpu = () => ({ store: null, postgres: null })) {
  const arrivals = sink.expect(MAILS)
  const before = cpu()
  const sinkBefore = process.cpuUsage()
  const started = performance.now()
  sender.say("go")
  const result = sender.next("{")
  // A sender that gave up on some mail says so before the sink would time out.
  const complete = result.then((line) => {
    if (JSON.parse(line).sent !== MAILS) throw new Error(`the sender did not send every mail: ${line.slice(0, 500)}`)
    return arrivals
  })
  const times = await Promise.race([arrivals, complete])
  const done = await result
  const after = cpu()
  const sinkUsed = process.cpuUsage(sinkBefore)
  const seconds = (times.at(-1) - started) / 1000
  return {
    seconds,
    rate: MAILS / seconds,
    first_mail_after_ms: times[0] - started,
    first_to_last_seconds: (times.at(-1) - times[0]) / 1000,
    cpu_seconds: cpuUsed(before, after),
    sink_cpu_seconds: (sinkUsed.user + sinkUsed.system) / 1e6,
    done,
  }
}

function cpuUsed(before, after) {
  const used = (key) => (before[key] === null || after[key] === null ? null : after[key] - before[key])
  return { store: used("store"), postgres: used("postgres") }
}
