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
import { ROOT } from "../scripts/lib/run.mjs"
import { sampleRoute } from "./lib/latency.mjs"
import { withLargeStore } from "./lib/large-store.mjs"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const TICKETS = arg("tickets", 1_000_000)
const SAMPLES = arg("samples", 40)
const PORT = String(arg("port", 9400))
const say = (line) => console.log(`[bench:list] ${line}`)

await withLargeStore({ tickets: TICKETS, port: PORT, say }, async ({ db, base, adminToken }) => {
  report(await measure(base, adminToken, db))
})

function time(base, token, url) {
  return sampleRoute(base, url, { authorization: `Bearer ${token}` }, { samples: SAMPLES })
}

async function measure(base, token, db) {
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
