// CPU time of processes, read from Linux's /proc (null elsewhere). The ingest
// benches print what each side costs in CPU beside its rate: the work each
// mail took, which a machine whose speed drifts from minute to minute moves
// less than it moves rates, and which shows how close the helpdesk is to
// using every core.
import { existsSync, readFileSync, readdirSync } from "node:fs"

// Linux reports process times in USER_HZ ticks, 100 a second on every common build.
const TICKS_PER_SECOND = 100

function readStat(pid) {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8")
    // The command name (field 2) may hold spaces and parentheses: read past its last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ")
    return { ppid: Number(fields[1]), pgrp: Number(fields[2]), seconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND }
  } catch {
    return null // the process ended meanwhile
  }
}

/**
 * CPU seconds used so far (all threads, user and system) by the processes of
 * process group `group` and by process `parent` and its children; null
 * without /proc. Processes that ended are not counted, so take both readings
 * of a measurement while the processes it measures are running.
 */
export function cpuSeconds({ group = null, parent = null }) {
  if (!existsSync("/proc/self/stat")) return null
  let total = 0
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readStat(entry)
    if (stat && ((group !== null && stat.pgrp === group) || (parent !== null && (Number(entry) === parent || stat.ppid === parent)))) {
      total += stat.seconds
    }
  }
  return total
}

/** The pid of the PostgreSQL server whose data folder is `dataDir` (the first line of postmaster.pid), or null. */
export function postmasterPid(dataDir) {
  try {
    return Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]) || null
  } catch {
    return null
  }
}

/**
 * CPU seconds so far of a store started in its own process group and of the
 * PostgreSQL server `postmaster` (when the benches run their embedded one;
 * null otherwise). Both null without /proc.
 */
export function storeCpuSeconds(storeGroup, postmaster) {
  return { store: cpuSeconds({ group: storeGroup }), postgres: postmaster ? cpuSeconds({ parent: postmaster }) : null }
}
