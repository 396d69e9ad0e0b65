// The load of `npm run bench -- forms`, in a process of its own (forked by
// bench/forms.mjs) so that making requests and timing them does not share an
// event loop with the bench that counts tickets. Told a phase over IPC, it
// keeps `concurrency` requests in flight for a warm-up and then for the
// measured window, and answers with what it saw.
import { randomUUID } from "node:crypto"

// A request slower than this counts as an error, not a sample: the window must end.
const REQUEST_TIMEOUT_MS = 30_000

process.on("message", async (phase) => {
  try {
    const warmup = await sustain(phase, phase.warmupSeconds, "warmup")
    const measured = await sustain(phase, phase.seconds, "run")
    process.send({ ok: true, result: { ...summary(measured), warmup: { requests: warmup.latencies.length + warmup.failures, statuses: warmup.statuses }, accepted_numbers: [...warmup.numbers, ...measured.numbers] } })
  } catch (error) {
    process.send({ ok: false, error: error.stack ?? String(error) })
  }
})

/** `concurrency` loops, each starting its next request when its last one ends, until `seconds` pass. */
async function sustain(phase, seconds, stage) {
  const seen = { latencies: [], statuses: {}, failures: 0, numbers: [], started: performance.now(), ended: 0 }
  const deadline = seen.started + seconds * 1000
  let sent = 0
  const loop = async () => {
    while (performance.now() < deadline) await once(phase, `${stage}-${sent++}`, seen)
  }
  await Promise.all(Array.from({ length: phase.concurrency }, loop))
  seen.ended = performance.now()
  return seen
}

async function once(phase, n, seen) {
  const init = { method: phase.method, headers: phase.headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }
  if (phase.submission) init.body = JSON.stringify(submission(phase, n))
  if (phase.group) init.body = JSON.stringify({ name: `Bench group ${phase.group.run} ${n}` })
  const started = performance.now()
  try {
    const res = await fetch(phase.url, init)
    const text = await res.text()
    seen.latencies.push(performance.now() - started)
    seen.statuses[res.status] = (seen.statuses[res.status] ?? 0) + 1
    if (phase.submission && res.status === 201) seen.numbers.push(JSON.parse(text).ticket.number)
  } catch {
    // A timeout or a refused connection: an error the report shows, never a silent gap.
    seen.failures++
  }
}

/** A distinct sender and key per request, so neither the per-email limit nor idempotency folds two into one. */
function submission({ submission: { startToken, run } }, n) {
  return {
    values: { name: `Bench ${n}`, email: `bench-${run}-${n}@example.com`, subject: `Form bench ${n}`, message: `Submission ${n} of the forms bench.` },
    start_token: startToken,
    idempotency_key: randomUUID(),
  }
}

function summary({ latencies, statuses, failures, started, ended }) {
  const sorted = latencies.toSorted((a, b) => a - b)
  const at = (q) => (sorted.length ? +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1) : null)
  const seconds = (ended - started) / 1000
  const ok = Object.entries(statuses).reduce((sum, [status, count]) => sum + (status < 300 ? count : 0), 0)
  return {
    seconds: +seconds.toFixed(2),
    requests: latencies.length + failures,
    ok,
    rate: +(ok / seconds).toFixed(1),
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    statuses,
    network_errors: failures,
  }
}
