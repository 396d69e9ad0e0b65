// `npm run bench -- ticket-page [--tickets 1000000] [--orders 200] [--samples 40]`
//
// The admin's ticket page at scale (issue 17 §7): in list's large store
// (N tickets, seeded once), one customer with 200 orders and a ticket with a
// conversation, notes and other tickets. The page's two requests,
// GET /admin/helpdesk/tickets/:id and its /context (customer, notes, other
// tickets, the orders' count and the first page of them with payment and
// fulfillment status), are timed alone and together as the page sends them,
// beside Medusa's own GET /admin/orders/:id of one of those orders; all 200
// orders in one context answer, and Medusa's own list of them, for scale.
// Concurrency 1, p50/p95.
// Writes bench/results/ticket-page.json.
import { mkdirSync, writeFileSync } from "node:fs"
import path from "node:path"
import { ROOT } from "../scripts/lib/run.mjs"
import { withLargeStore } from "./lib/large-store.mjs"
import { percentiles, sampleRoute } from "./lib/latency.mjs"
import { seedTicketPage } from "./lib/seed-ticket-page.mjs"

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const TICKETS = arg("tickets", 1_000_000)
const ORDERS = arg("orders", 200)
const SAMPLES = arg("samples", 40)
const PORT = String(arg("port", 9410))
const say = (line) => console.log(`[bench:ticket-page] ${line}`)

/** Both requests of the page at once, as the admin sends them; the page is ready when both are. */
async function samplePage(base, urls, headers, { samples, warmup = 5 }) {
  const times = []
  for (let i = 0; i < samples + warmup; i++) {
    const started = process.hrtime.bigint()
    await Promise.all(
      urls.map(async (url) => {
        const res = await fetch(`${base}${url}`, { headers, signal: AbortSignal.timeout(120_000) })
        const body = await res.text()
        if (!res.ok) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`)
      })
    )
    if (i >= warmup) times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return percentiles(urls.join(" + "), times)
}

await withLargeStore({ tickets: TICKETS, port: PORT, say }, async ({ base, adminToken }) => {
  say(`Making the page's data (a customer with ${ORDERS} orders; once)…`)
  const { ticket, order } = await seedTicketPage({ base, token: adminToken, orders: ORDERS, say })
  const headers = { authorization: `Bearer ${adminToken}` }
  const time = (url) => sampleRoute(base, url, headers, { samples: SAMPLES })
  const ticketUrl = `/admin/helpdesk/tickets/${ticket.id}`
  say("Measuring…")
  const results = {
    core_order_detail: await time(`/admin/orders/${order.id}`),
    ticket: await time(ticketUrl),
    context: await time(`${ticketUrl}/context`),
    context_all_orders: await time(`${ticketUrl}/context?orders_limit=${Math.min(ORDERS, 200)}`),
    core_orders_list_all: await time(`/admin/orders?customer_id=${order.customer_id}&limit=${Math.min(ORDERS, 200)}&fields=id,display_id,created_at`),
    page: await samplePage(base, [ticketUrl, `${ticketUrl}/context`], headers, { samples: SAMPLES }),
  }
  const context = await (await fetch(`${base}${ticketUrl}/context`, { headers })).json()
  report(results, context.orders.length)
})

function report(results, ordersShown) {
  const ratio = (a, b) => +(results[a].p95 / results[b].p95).toFixed(2)
  const summary = {
    tickets: TICKETS,
    orders: ORDERS,
    orders_in_context: ordersShown,
    samples: SAMPLES,
    measured_at: new Date().toISOString(),
    results,
    ratios: {
      page_vs_core_order_detail: ratio("page", "core_order_detail"),
      ticket_vs_core_order_detail: ratio("ticket", "core_order_detail"),
      context_vs_core_order_detail: ratio("context", "core_order_detail"),
      context_all_orders_vs_core_orders_list_all: ratio("context_all_orders", "core_orders_list_all"),
    },
    goals: { page_max_ratio: { goal: 1.5, measured: ratio("page", "core_order_detail") } },
  }
  mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true })
  writeFileSync(path.join(ROOT, "bench", "results", "ticket-page.json"), JSON.stringify(summary, null, 2) + "\n")
  console.log("\nroute                 p50 ms   p95 ms")
  for (const [name, r] of Object.entries(results)) {
    console.log(`${name.padEnd(20)} ${String(r.p50).padStart(7)} ${String(r.p95).padStart(8)}`)
  }
  console.log("\nratios (p95):", summary.ratios)
  console.log("goal:", summary.goals)
  console.log("written to bench/results/ticket-page.json")
}
