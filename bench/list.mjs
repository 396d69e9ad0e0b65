// `npm run bench -- list [--tickets 1000000]`: the ticket list at scale.
//
// Seeds N tickets with 5 messages each and N customers by bulk SQL (once; the
// data stays in bench/.data), starts the demo store on it, and measures p50/p95
// of the helpdesk list (filtered first page, a deep keyset page, full-text
// search of a rare and a common word) beside Medusa core's GET /admin/customers
// (list and `q`) and its cheapest route, all over HTTP at concurrency 1.
// Writes bench/results/list.json.
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import pg from "pg"
import { ensureDatabase, urlFor, usePostgres } from "../scripts/lib/postgres.mjs"
import { ROOT } from "../scripts/lib/run.mjs"
import { adminLogin, benchStoreEnv, buildAndLinkPlugin, ensureAdminUser, migrate, startStore, waitForHealth } from "../scripts/lib/store.mjs"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const TICKETS = arg("tickets", 1_000_000)
const SAMPLES = arg("samples", 40)
const PORT = String(arg("port", 9400))
const DB = `helpdesk_bench_list_${TICKETS}`
const say = (line) => console.log(`[bench:list] ${line}`)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

const server = await usePostgres({ dataDir: path.join(ROOT, "bench", ".data", "pg"), persistent: true })
await ensureDatabase(server, DB)
const env = benchStoreEnv(
  process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/\/[^/]*$/, `/${DB}`) : urlFor(server, DB),
  PORT
)
const db = new pg.Client({ connectionString: env.DATABASE_URL })
let store

try {
  say("Building the plugin and migrating…")
  await buildAndLinkPlugin()
  await migrate(env)
  await db.connect()
  await seed()
  await ensureAdminUser(env, "bench@example.com", "bench-password")

  say("Starting the store…")
  store = startStore(env, { stdio: "ignore" })
  if (!(await waitForHealth(`http://localhost:${PORT}/health`))) throw new Error("the store did not start")
  const base = `http://localhost:${PORT}`
  const token = await adminLogin(base, "bench@example.com", "bench-password")
  const results = await measure(base, token)
  report(results)
} finally {
  await store?.stop()
  await db.end().catch(() => undefined)
  await server.stop()
}

async function seed() {
  const { rows } = await db.query("select count(*)::int as n from helpdesk_ticket")
  if (rows[0].n >= TICKETS) {
    say(`Data already seeded (${rows[0].n} tickets).`)
    return
  }
  say(`Seeding ${TICKETS} tickets, ${TICKETS * 5} messages and ${TICKETS} customers (bulk SQL; minutes)…`)
  const started = Date.now()
  // Words: a long tail of rare ones, a few common ones, some Russian.
  await db.query(`create temporary table words as
    select i, case
      when i % 50 = 0 then (array['order','delivery','refund','size','parcel'])[1 + (i / 50) % 5]
      when i % 7 = 0 then 'слово' || i
      else 'word' || i end as w
    from generate_series(0, 9999) i`)
  await db.query("alter table helpdesk_ticket disable trigger user")
  await db.query("alter table helpdesk_ticket_message disable trigger user")
  await db.query(`drop index if exists "IDX_helpdesk_ticket_search_vector"`)
  const statuses = `(array['new','new','discussion','reopened','closed','closed','closed','cancelled','deleted','pending_confirmation'])`
  await db.query(`insert into customer (id, email, first_name, last_name, has_account, created_at, updated_at)
    select 'cus_bench' || n, 'customer' || n || '@example.com', 'First' || n, 'Last' || n, true,
           now() - n * interval '1 second', now() - n * interval '1 second'
    from generate_series(1, $1) n on conflict do nothing`, [TICKETS])
  await db.query(`insert into helpdesk_ticket (id, number, subject, status, channel, contact_email, contact_name,
      customer_id, language, created_at, updated_at, last_message_at, last_customer_message_at)
    select 'tkt_bench' || n, (1000000 + n)::text,
      w1.w || ' ' || w2.w,
      ${statuses}[1 + n % 10], 'email', 'customer' || n || '@example.com', 'First' || n || ' Last' || n,
      'cus_bench' || n, 'en',
      now() - n * interval '30 seconds', now() - ((n * 7) % ${TICKETS}) * interval '30 seconds',
      now() - n * interval '30 seconds', now() - n * interval '30 seconds'
    from generate_series(1::bigint, $1) n
    join words w1 on w1.i = (n * 7919) % 10000
    join words w2 on w2.i = (n * 104729) % 10000`, [TICKETS])
  say(`  tickets in ${Math.round((Date.now() - started) / 1000)} s`)
  await db.query(`insert into helpdesk_ticket_message (id, ticket_id, kind, author_type, body_text, created_at, updated_at)
    select 'tmsg_bench' || n || '_' || k, 'tkt_bench' || n,
      case when k = 3 then 'note' when k = 5 then 'forward' else 'message' end,
      case when k % 2 = 0 then 'agent' else 'customer' end,
      concat_ws(' ', w1.w, w2.w, w3.w, w4.w),
      now() - n * interval '30 seconds' + k * interval '1 minute', now() - n * interval '30 seconds' + k * interval '1 minute'
    from generate_series(1::bigint, $1) n cross join generate_series(1, 5) k
    join words w1 on w1.i = (n * k * 31) % 10000
    join words w2 on w2.i = (n * 17 + k) % 10000
    join words w3 on w3.i = (n * k * 131) % 10000
    join words w4 on w4.i = (k * 977 + n * 3) % 10000`, [TICKETS])
  say(`  messages in ${Math.round((Date.now() - started) / 1000)} s`)
  await db.query("update helpdesk_ticket t set search_vector = helpdesk_ticket_search_document(t)")
  await db.query(`create index "IDX_helpdesk_ticket_search_vector" on helpdesk_ticket using gin (search_vector) where deleted_at is null`)
  await db.query("alter table helpdesk_ticket enable trigger user")
  await db.query("alter table helpdesk_ticket_message enable trigger user")
  await db.query("analyze")
  say(`Seeded in ${Math.round((Date.now() - started) / 1000)} s.`)
}

async function time(base, token, url) {
  const samples = []
  for (let i = 0; i < SAMPLES + 5; i++) {
    const started = process.hrtime.bigint()
    const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } })
    const body = await res.text()
    if (!res.ok) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`)
    if (i >= 5) samples.push(Number(process.hrtime.bigint() - started) / 1e6) // first 5 warm up
  }
  samples.sort((a, b) => a - b)
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]
  return { url, p50: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1) }
}

async function measure(base, token) {
  const open = "status[]=new&status[]=discussion&status[]=reopened"
  // A keyset position halfway through the open tickets.
  const { rows: [deep] } = await db.query(
    `select updated_at, id from helpdesk_ticket where status in ('new','discussion','reopened') and deleted_at is null
     order by updated_at desc, id desc offset $1 limit 1`,
    [Math.floor(TICKETS * 0.4 * 0.5)]
  )
  const cursor = Buffer.from(JSON.stringify([deep.updated_at.toISOString(), deep.id])).toString("base64url")
  // From the seed's vocabulary: word<i> for most i, слово<i> for multiples of 7; each in ~0.2% of tickets.
  const rare = { w: "word4243" }
  say("Measuring…")
  return {
    baseline_health: await time(base, token, "/health"),
    helpdesk_first_page: await time(base, token, `/admin/helpdesk/tickets?${open}&order=-updated_at&limit=20`),
    helpdesk_deep_page: await time(base, token, `/admin/helpdesk/tickets?${open}&order=-updated_at&limit=20&cursor=${cursor}`),
    helpdesk_search_rare: await time(base, token, `/admin/helpdesk/tickets?q=${encodeURIComponent(rare.w)}&limit=20`),
    helpdesk_search_common: await time(base, token, `/admin/helpdesk/tickets?q=refund&limit=20`),
    helpdesk_search_russian: await time(base, token, `/admin/helpdesk/tickets?q=${encodeURIComponent("слово4221")}&limit=20`),
    core_customers_list: await time(base, token, "/admin/customers?limit=20"),
    core_customers_q: await time(base, token, "/admin/customers?q=customer4242&limit=20"),
  }
}

function report(results) {
  const ratio = (a, b) => +(results[a].p95 / results[b].p95).toFixed(2)
  const summary = {
    tickets: TICKETS,
    messages: TICKETS * 5,
    samples: SAMPLES,
    measured_at: new Date().toISOString(),
    results,
    ratios: {
      first_page_vs_core_customers_list: ratio("helpdesk_first_page", "core_customers_list"),
      deep_page_vs_first_page: ratio("helpdesk_deep_page", "helpdesk_first_page"),
      search_common_vs_core_customers_q: ratio("helpdesk_search_common", "core_customers_q"),
      search_rare_vs_core_customers_q: ratio("helpdesk_search_rare", "core_customers_q"),
      first_page_vs_health: ratio("helpdesk_first_page", "baseline_health"),
    },
    goals: {
      first_page_p95_ms: { goal: 50, measured: results.helpdesk_first_page.p95 },
      deep_page_max_ratio: { goal: 2, measured: ratio("helpdesk_deep_page", "helpdesk_first_page") },
      search_p95_ms: {
        goal: 150,
        measured: Math.max(results.helpdesk_search_rare.p95, results.helpdesk_search_common.p95, results.helpdesk_search_russian.p95),
      },
    },
  }
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true })
  writeFileSync(path.join(ROOT, "bench", "results", "list.json"), JSON.stringify(summary, null, 2) + "\n")
  console.log("\nroute                               p50 ms   p95 ms")
  for (const [name, r] of Object.entries(results)) {
    console.log(`${name.padEnd(34)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(8)}`)
  }
  console.log("\nratios (p95):", summary.ratios)
  console.log("goals:", summary.goals)
  console.log("written to bench/results/list.json")
}
