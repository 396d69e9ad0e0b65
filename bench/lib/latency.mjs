// Latency of one route as a client sees it: sequential requests (concurrency 1),
// so the numbers are the route's own cost, not queueing.

/**
 * Requests `url` `warmup + samples` times and returns p50/p95 in ms of the last
 * `samples`; the warm-up pays for first-use costs (JIT, caches, pools) that a
 * long-running store has already paid. Any non-2xx answer aborts the bench.
 */
export async function sampleRoute(base, url, headers, { samples = 40, warmup = 5 } = {}) {
  const times = []
  for (let i = 0; i < samples + warmup; i++) {
    const started = process.hrtime.bigint()
    const res = await fetch(`${base}${url}`, { headers, signal: AbortSignal.timeout(120_000) })
    const body = await res.text()
    if (!res.ok) throw new Error(`${url}: ${res.status} ${body.slice(0, 300)}`)
    if (i >= warmup) times.push(Number(process.hrtime.bigint() - started) / 1e6)
  }
  return percentiles(url, times)
}

/** p50 and p95 in ms of timed samples. */
export function percentiles(url, times) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { url, p50: +at(0.5).toFixed(1), p95: +at(0.95).toFixed(1) }
}
