// Where a process's CPU went, from a V8 profile (node --cpu-prof): the
// samples taken inside one time window, grouped by the package the running
// function belongs to (native code by the JavaScript that called it; GC
// and the like by name) and by function. A brief profile of the outbox drain
// for `npm run bench -- outbox --profile`, not a profiler.
import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"

function owner(url) {
  if (url.includes("/.medusa/server/")) return "medusa-helpdesk"
  const inModules = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
  if (inModules) return inModules.pop().replace("node_modules/", "")
  return url.startsWith("node:") ? "node core" : path.basename(url)
}

/**
 * The busiest packages and functions of the one .cpuprofile in `dir`,
 * counting samples between `fromUs` and `toUs` (the profile's clock: the
 * monotonic one process.hrtime reads).
 */
export function summariseProfile(dir, fromUs, toUs, top = 12) {
  const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))
  if (!file) return null
  const profile = JSON.parse(readFileSync(path.join(dir, file), "utf8"))
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
  const parents = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((child) => [child, n.id])))
  // Native and Node's own work (a socket write, say) is charged to the package that asked for it.
  const caller = (id) => {
    for (let at = id; at !== undefined; at = parents.get(at)) {
      const { url } = nodes.get(at).callFrame
      if (url && !url.startsWith("node:")) return nodes.get(at).callFrame
    }
    return null
  }
  const label = (f) => `${f.functionName || "(anonymous)"} ${owner(f.url)}:${path.basename(f.url)}:${f.lineNumber + 1}`
  const byOwner = new Map()
  const byFunction = new Map()
  let at = profile.startTime
  let total = 0
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i]
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
    if (at < fromUs || at > toUs) return
    const frame = nodes.get(id).callFrame
    if (frame.functionName === "(idle)") return
    const own = frame.url && !frame.url.startsWith("node:")
    const js = own ? frame : caller(id)
    const pkg = js ? owner(js.url) : frame.url ? "node core" : frame.functionName
    const fn = own ? label(frame) : `${frame.functionName || "(anonymous)"} ${frame.url || "(native)"}${js ? ` from ${label(js)}` : ""}`
    byOwner.set(pkg, (byOwner.get(pkg) ?? 0) + ms)
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms)
    total += ms
  })
  const ranked = (map) => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((ms / total) * 100) / 100 }))
  return { busy_ms: Math.round(total), by_package: ranked(byOwner), by_function: ranked(byFunction) }
}
