// `npm run bench -- forms [--seconds 30] [--baseline-seconds 30] [--concurrency 8] [--warmup 5]`:
// public web form submissions under sustained load, beside Medusa's cheapest route.
//
// The demo store starts on a fresh database with the form rate limits raised
// for the run (the bench sends from one IP) and the minimum fill time kept:
// the form's start token is fetched once and the load waits past it, as a
// person would. A form with ALTCHA off is made over the admin API. Then a
// second Node process (bench/lib/forms-load.mjs) keeps N submitters posting
// `POST /store/helpdesk/forms/:id/submissions` (distinct emails, an
// idempotency key each), and then the same load shape on
// `GET /admin/customer-groups` and, for scale, on `POST /admin/customer-groups`
// (Medusa's own smallest create) and on `GET /store/helpdesk/forms/:id` (the
// same store route's read of the form, no write), each after an uncounted warm-up. It reports
// req/s, p50/p95 and errors of each, the ratio to the GET (goal ≥ 0.5), the store's
// CPU per request, and whether every accepted submission is a ticket:
// `lost` must be 0. Writes bench/results/forms.json.
// --profile runs the store under V8's profiler and prints where its CPU went
// during the submissions (the figures of such a run are slower: not for the record).
import { fork } from "node:child_process"
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { tempDir, usePostgres } from "../scripts/lib/postgres.mjs"
import { ROOT } from "../scripts/lib/run.mjs"
import { adminLogin, benchStoreEnv, buildAndLinkPlugin, ensureAdminUser, migrate, startStore, waitForHealth } from "../scripts/lib/store.mjs"
import { postmasterPid, storeCpuSeconds } from "./lib/cpu.mjs"
import { summariseProfile } from "./lib/cpu-profile.mjs"
import { databaseUrl, resetDatabase } from "./lib/databases.mjs"
import { publishableKey } from "./lib/storefront.mjs"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const SECONDS = arg("seconds", 30)
const BASELINE_SECONDS = arg("baseline-seconds", SECONDS)
const CONCURRENCY = arg("concurrency", 8)
const WARMUP = arg("warmup", 5)
const PORT = String(arg("port", 9404))
const DB = "helpdesk_bench_forms"
// A server of its own: the other benches keep theirs running in bench/.data, and this one needs no seed.
const PG_DATA = path.join(tempDir("helpdesk-bench-forms-"), "pg")
// High enough that no submission of the run is refused for its rate: the limiter still does its work on each.
const RAISED_LIMIT = "1000000000"
const GOAL_RATIO = 0.5
const PROFILE = process.argv.includes("--profile")
const PROFILE_DIR = path.join(path.dirname(PG_DATA), "profile")
const say = (line) => console.log(`[bench:forms] ${line}`)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

const server = await usePostgres({ dataDir: PG_DATA, persistent: false })
const env = benchStoreEnv(databaseUrl(server, DB), PORT, {
  HELPDESK_MAIL_CRON: "off",
  HELPDESK_FORM_RATE_LIMIT_PER_IP: RAISED_LIMIT,
  HELPDESK_FORM_RATE_LIMIT_PER_EMAIL: RAISED_LIMIT,
})
const base = `http://localhost:${PORT}`
const db = new pg.Client({ connectionString: env.DATABASE_URL })
let store
let load
try {
  say("Building the plugin and migrating a fresh database…")
  await buildAndLinkPlugin()
  await resetDatabase(server, DB)
  await migrate(env)
  await ensureAdminUser(env, "bench@example.com", "bench-password")
  await db.connect()
  say("Starting the store…")
  store = startStore(env, { stdio: "ignore", nodeArgs: PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : [] })
  if (!(await waitForHealth(`${base}/health`))) throw new Error("the store did not start")
  const token = await adminLogin(base, "bench@example.com", "bench-password")
  const admin = { authorization: `Bearer ${token}`, "content-type": "application/json" }
  const key = await publishableKey(base, token, db)
  const { form } = await must(`${base}/admin/helpdesk/forms`, { method: "POST", headers: admin, body: JSON.stringify({ name: "Bench form", altcha_enabled: false }) })
  const { bot_check } = await must(`${base}/store/helpdesk/forms/${form.id}`, { headers: { "x-publishable-api-key": key } })
  await new Promise((r) => setTimeout(r, bot_check.min_fill_seconds * 1000 + 500))

  load = fork(path.join(ROOT, "bench", "lib", "forms-load.mjs"), [], { stdio: "inherit" })
  const cpu = () => storeCpuSeconds(store.child.pid, server.embedded ? postmasterPid(PG_DATA) : null)
  say(`Submitting form ${form.id}, ${CONCURRENCY} at a time, for ${WARMUP} s warm-up + ${SECONDS} s…`)
  const formsFrom = process.hrtime.bigint() / 1000n
  const forms = await phase(cpu, {
    method: "POST",
    url: `${base}/store/helpdesk/forms/${form.id}/submissions`,
    headers: { "x-publishable-api-key": key, "content-type": "application/json" },
    submission: { startToken: bot_check.start_token, run: Date.now().toString(36) },
    seconds: SECONDS,
  })
  const formsWindow = [Number(formsFrom), Number(process.hrtime.bigint() / 1000n)]
  if (PROFILE) {
    await store.stop()
    say(`under the profiler: ${forms.rate} submissions/s, p95 ${forms.p95} ms`)
    console.log(JSON.stringify(summariseProfile(PROFILE_DIR, ...formsWindow, 25), null, 1))
    // Kept for a closer look (Chrome DevTools opens it), with the window's bounds in its name.
    const kept = path.join(ROOT, "bench", ".data", `forms-${formsWindow.join("-")}.cpuprofile`)
    mkdirSync(path.dirname(kept), { recursive: true })
    copyFileSync(path.join(PROFILE_DIR, readdirSync(PROFILE_DIR).find((f) => f.endsWith(".cpuprofile"))), kept)
    say(`profile kept in ${path.relative(ROOT, kept)}`)
  } else {
    say(`GET /admin/customer-groups, ${CONCURRENCY} at a time, for ${WARMUP} s warm-up + ${BASELINE_SECONDS} s…`)
    const groups = await phase(cpu, { method: "GET", url: `${base}/admin/customer-groups`, headers: { authorization: admin.authorization }, seconds: BASELINE_SECONDS })
    // For scale, not a goal: Medusa's own smallest create (one row, through its workflow) under the same load.
    say(`POST /admin/customer-groups, ${CONCURRENCY} at a time, for ${WARMUP} s warm-up + ${BASELINE_SECONDS} s…`)
    const creates = await phase(cpu, { method: "POST", url: `${base}/admin/customer-groups`, headers: admin, group: { run: Date.now().toString(36) }, seconds: BASELINE_SECONDS })
    // For scale too: what a store route costs before it writes anything (publishable key, locale, the form read).
    say(`GET /store/helpdesk/forms/:id, ${CONCURRENCY} at a time, for ${WARMUP} s warm-up + ${BASELINE_SECONDS} s…`)
    const formReads = await phase(cpu, { method: "GET", url: `${base}/store/helpdesk/forms/${form.id}`, headers: { "x-publishable-api-key": key }, seconds: BASELINE_SECONDS })
    report(forms, groups, creates, formReads, await countTickets(forms.accepted_numbers))
  }
} finally {
  load?.kill()
  await store?.stop()
  await db.end().catch(() => undefined)
  await server.stop()
  rmSync(path.dirname(PG_DATA), { recursive: true, force: true })
}

async function must(url, init) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
  const json = await res.json().catch(() => ({}))
  if (!res.ok) throw new Error(`${init?.method ?? "GET"} ${url}: ${res.status} ${JSON.stringify(json).slice(0, 300)}`)
  return json
}

/** One phase in the load process; the store's and PostgreSQL's CPU over the whole of it (warm-up included). */
function phase(cpu, target) {
  const before = cpu()
  return new Promise((resolve, reject) => {
    load.once("message", (answer) => {
      if (!answer.ok) return reject(new Error(`the load process failed: ${answer.error}`))
      const after = cpu()
      const used = (k) => (before[k] === null || after[k] === null ? null : after[k] - before[k])
      const requests = answer.result.requests + answer.result.warmup.requests
      const perRequest = (s) => (s === null ? null : +((s * 1000) / requests).toFixed(2))
      resolve({ ...answer.result, cpu_ms_per_request: { store: perRequest(used("store")), postgres: perRequest(used("postgres")) } })
    })
    load.send({ ...target, concurrency: CONCURRENCY, warmupSeconds: WARMUP })
  })
}

/** Accepted submissions against the form tickets the database holds, and whether each number answered is one of them. */
async function countTickets(numbers) {
  const { rows: [all] } = await db.query(`select count(*)::int as n from helpdesk_ticket where channel = 'form' and deleted_at is null`)
  const { rows: [found] } = await db.query(`select count(distinct number)::int as n from helpdesk_ticket where channel = 'form' and deleted_at is null and number = any($1)`, [numbers])
  return {
    accepted: numbers.length,
    distinct_numbers: new Set(numbers).size,
    form_tickets: all.n,
    numbers_found: found.n,
    lost: numbers.length - found.n,
    // A submission whose answer never came (a client timeout) may still be a ticket: counted, not hidden.
    tickets_without_answer: all.n - found.n,
  }
}

function report(forms, groups, creates, formReads, tickets) {
  const { accepted_numbers, ...formsSummary } = forms
  const { accepted_numbers: _, ...groupsSummary } = groups
  const { accepted_numbers: __, ...createsSummary } = creates
  const { accepted_numbers: ___, ...formReadsSummary } = formReads
  const ratio = +(forms.rate / groups.rate).toFixed(2)
  const ratioToCreate = +(forms.rate / creates.rate).toFixed(2)
  const ratioToFormRead = +(forms.rate / formReads.rate).toFixed(2)
  const summary = {
    measured_at: new Date().toISOString(),
    concurrency: CONCURRENCY,
    warmup_seconds: WARMUP,
    form_submissions: formsSummary,
    core_customer_groups: groupsSummary,
    core_create_customer_group: createsSummary,
    store_form_read: formReadsSummary,
    tickets,
    ratio_req_per_s: ratio,
    ratio_to_core_create: ratioToCreate,
    ratio_to_store_form_read: ratioToFormRead,
    goals: { ratio: { goal: GOAL_RATIO, measured: ratio, met: ratio >= GOAL_RATIO }, lost: { goal: 0, measured: tickets.lost, met: tickets.lost === 0 && tickets.distinct_numbers === tickets.accepted } },
  }
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true })
  writeFileSync(path.join(ROOT, "bench", "results", "forms.json"), JSON.stringify(summary, null, 2) + "\n")
  console.log("\nroute                      req/s   p50 ms   p95 ms   errors   CPU ms/req (store + postgres)")
  for (const [name, r] of [["form submissions", forms], ["GET /admin/customer-groups", groups], ["POST /admin/customer-groups", creates], ["GET /store/…/forms/:id", formReads]]) {
    console.log(`${name.padEnd(26)} ${String(r.rate).padStart(6)} ${String(r.p50).padStart(8)} ${String(r.p95).padStart(8)} ${String(errors(r)).padStart(8)}   ${r.cpu_ms_per_request.store} + ${r.cpu_ms_per_request.postgres}`)
  }
  console.log(`\nratio (req/s): ${ratio} (goal ≥ ${GOAL_RATIO}); to Medusa's own create: ${ratioToCreate}; to the form's read: ${ratioToFormRead}`)
  console.log(`tickets: ${tickets.accepted} accepted, ${tickets.form_tickets} form tickets, ${tickets.lost} lost, ${tickets.tickets_without_answer} without an answer`)
  if (errors(forms)) console.log("form statuses:", forms.statuses, "network errors:", forms.network_errors)
  console.log("written to bench/results/forms.json")
}

function errors(r) {
  return r.requests - r.ok
}
