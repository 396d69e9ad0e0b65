// `npm run bench -- cabinet [--tickets 1000000] [--runs 3]`: "My requests" at scale.
//
// In list's large store (same database: seeded once by bulk SQL, kept in
// bench/.data) one registered store customer owns 1,000 cabinet tickets and
// 50 mail tickets from an address they proved. Signed in as a storefront is
// (publishable key + bearer token), it measures p50/p95 at concurrency 1 of
// their list (first page, page 40 by next_cursor, archived) and one ticket,
// beside the cheapest authenticated store route with the same headers, the
// floor any store route pays. Writes bench/results/cabinet.json.
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "../scripts/lib/run.mjs"
import { withLargeStore } from "./lib/large-store.mjs"
import { sampleRoute } from "./lib/latency.mjs"
import { seedCabinet } from "./lib/seed-cabinet.mjs"
import { publishableKey, signInShopper } from "./lib/storefront.mjs"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const TICKETS = arg("tickets", 1_000_000)
const SAMPLES = arg("samples", 200)
const RUNS = arg("runs", 3)
const PORT = String(arg("port", 9410))
const OWN = 1_000
const DEEP_PAGE = 40
const SHOPPER = { email: "bench.shopper@bench.example", password: "bench-shopper-password" }
const say = (line) => console.log(`[bench:cabinet] ${line}`)

await withLargeStore({ tickets: TICKETS, port: PORT, say }, async ({ db, base, adminToken }) => {
  const key = await publishableKey(base, adminToken, db)
  const shopper = await signInShopper(base, key, SHOPPER.email, SHOPPER.password)
  await seedCabinet(db, { customerId: shopper.customerId, email: SHOPPER.email }, OWN, say)
  const routes = await cabinetRoutes(base, shopper.headers)
  const admin = { authorization: `Bearer ${adminToken}` }
  const rounds = []
  for (let i = 0; i < RUNS; i++) {
    say(`Measuring, round ${i + 1} of ${RUNS}…`)
    rounds.push(await measure(base, routes, shopper.headers, admin))
  }
  report(rounds)
})

/** The measured URLs; page 40 is reached as a storefront would, by following next_cursor. */
async function cabinetRoutes(base, headers) {
  const page = async (url) => {
    const res = await fetch(`${base}${url}`, { headers, signal: AbortSignal.timeout(60_000) })
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
    return res.json()
  }
  const first = await page("/store/helpdesk/tickets?limit=20")
  const seen = [...first.tickets]
  let cursor = first.next_cursor
  for (let i = 2; i < DEEP_PAGE && cursor; i++) {
    const next = await page(`/store/helpdesk/tickets?limit=20&cursor=${cursor}`)
    seen.push(...next.tickets)
    cursor = next.next_cursor
  }
  if (!cursor) throw new Error(`the shopper's list ends before page ${DEEP_PAGE}`)
  // Both branches of the list's filter must be in what we time, and the unproven one not.
  const mail = seen.filter((t) => t.id.startsWith("tkt_cabmail")).length
  if (!mail || seen.some((t) => t.id.startsWith("tkt_cabother"))) throw new Error("the shopper's list shows the wrong mail tickets")
  say(`Pages 1–${DEEP_PAGE - 1}: ${seen.length - mail} cabinet tickets, ${mail} from the proven address.`)
  return {
    first: "/store/helpdesk/tickets?limit=20",
    deep: `/store/helpdesk/tickets?limit=20&cursor=${cursor}`,
    archived: "/store/helpdesk/tickets?view=archived&limit=20",
    one: `/store/helpdesk/tickets/${first.tickets[0].id}`,
  }
}

async function measure(base, routes, shopper, admin) {
  const sample = (url, headers) => sampleRoute(base, url, headers, { samples: SAMPLES, warmup: 20 })
  return {
    floor_store_customers_me: await sample("/store/customers/me", shopper),
    cabinet_first_page: await sample(routes.first, shopper),
    cabinet_deep_page: await sample(routes.deep, shopper),
    cabinet_archived: await sample(routes.archived, shopper),
    cabinet_ticket: await sample(routes.one, shopper),
    core_admin_customer_groups: await sample("/admin/customer-groups?limit=20", admin),
    baseline_health: await sample("/health", {}),
  }
}

/** Medians over the rounds: one round can catch the other work on this 2-core machine. */
function report(rounds) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  const results = Object.fromEntries(
    Object.keys(rounds[0]).map((name) => [
      name,
      { url: rounds[0][name].url, p50: median(rounds.map((r) => r[name].p50)), p95: median(rounds.map((r) => r[name].p95)) },
    ])
  )
  const vsFloor = (name) => +(results[name].p95 / results.floor_store_customers_me.p95).toFixed(2)
  const summary = {
    tickets: TICKETS,
    shopper_tickets: { cabinet: OWN, archived: OWN / 10, proven_email: 50, unproven_email_hidden: 20 },
    samples: SAMPLES,
    runs: RUNS,
    measured_at: new Date().toISOString(),
    results,
    ratios_p95_vs_floor: Object.fromEntries(Object.keys(results).filter((n) => n.startsWith("cabinet_")).map((n) => [n, vsFloor(n)])),
    goals: { first_page_max_ratio_vs_floor: { goal: 2, measured: vsFloor("cabinet_first_page") } },
    rounds,
  }
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true })
  writeFileSync(path.join(ROOT, "bench", "results", "cabinet.json"), JSON.stringify(summary, null, 2) + "\n")
  console.log(`\nroute (median of ${RUNS} runs × ${SAMPLES})   p50 ms   p95 ms`)
  for (const [name, r] of Object.entries(results)) {
    console.log(`${name.padEnd(34)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(8)}`)
  }
  console.log("\np95 / floor p95:", summary.ratios_p95_vs_floor)
  console.log("goals:", summary.goals)
  console.log("written to bench/results/cabinet.json")
}
