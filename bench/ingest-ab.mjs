// `npm run bench -- ingest-ab <git rev> [--boots 3] [--passes 4]`: is the
// working tree's mail ingest faster than <git rev>'s (e.g. HEAD~1)?
//
// This machine's speed drifts by ±20% from one minute to the next, so one
// `npm run bench -- ingest` cannot tell a 5% change from noise. Here both
// builds run in one session, their store processes started in turns (A B A B
// …); each start imports 2,000 warm-up mails, then `--passes` runs of 2,000
// other mails (a fresh mailbox each, on a fresh copy of the migrated
// database). Prints each pass, then the median and mean seconds per build,
// and on Linux the median CPU per mail (store and embedded PostgreSQL): the
// work each mail took, which a machine's drifting speed moves less than it
// moves seconds.
// Nothing is written to bench/results: this is a tool for choosing between
// changes, not the benchmark of record.
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs"
import { createRequire } from "node:module"
import os from "node:os"
import path from "node:path"
import { usePostgres } from "../scripts/lib/postgres.mjs"
import { BIN, ROOT, run } from "../scripts/lib/run.mjs"
import { adminLogin, benchStoreEnv, buildAndLinkPlugin, ensureAdminUser, migrate, startStore, waitForHealth } from "../scripts/lib/store.mjs"
import { postmasterPid, storeCpuSeconds } from "./lib/cpu.mjs"
import { databaseUrl, resetDatabase } from "./lib/databases.mjs"
import { generateMails } from "./lib/mail-generator.mjs"
import { createMailbox } from "./lib/mailboxes.mjs"

const require = createRequire(import.meta.url)
const { hasDovecot, INSTALL_HINT, startDovecot } = require("../scripts/lib/dovecot.cjs")

const rev = process.argv[2]
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const BOOTS = arg("boots", 3)
const PASSES = arg("passes", 4)
const MAILS = 2000
const PORT = "9402"
const PASSWORD = "bench-imap-password"
const BUILT = path.join(ROOT, ".medusa", "server")
const say = (line) => console.log(`[bench:ingest-ab] ${line}`)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

if (!rev || rev.startsWith("--")) {
  console.error("Usage: npm run bench -- ingest-ab <git revision to compare the working tree with> [--boots 3] [--passes 4]")
  process.exit(2)
}
if (!hasDovecot) {
  console.error(`This benchmark needs Dovecot. Install it with: ${INSTALL_HINT}`)
  process.exit(2)
}

const scratch = mkdtempSync(path.join(os.tmpdir(), "helpdesk-ingest-ab-"))
const PG_DATA = path.join(ROOT, "bench", ".data", "pg")
const server = await usePostgres({ dataDir: PG_DATA, persistent: true })
const dovecot = await startDovecot()
const files = mkdtempSync(path.join(existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "helpdesk-ingest-ab-files-"))
try {
  say("Building the working tree and the revision…")
  await buildAndLinkPlugin()
  const builds = [
    { name: "working tree", dir: copyOf(BUILT, "working-tree") },
    { name: rev, dir: await buildRevision(rev) },
  ]
  for (const build of builds) {
    build.template = `helpdesk_ingest_ab_${builds.indexOf(build)}`
    build.seconds = []
    build.cpu = []
    useBuild(build)
    await resetDatabase(server, build.template)
    const env = benchStoreEnv(databaseUrl(server, build.template), PORT)
    await migrate(env)
    await ensureAdminUser(env, "bench@example.com", "bench-password")
  }

  say(`Delivering ${MAILS} warm-up mails and ${PASSES} × ${MAILS} measured mails to Dovecot…`)
  await dovecot.addUser("warmup", PASSWORD)
  await dovecot.deliver("warmup", PASSWORD, await generateMails(MAILS, { seed: 7 }))
  for (let pass = 0; pass < PASSES; pass++) {
    await dovecot.addUser(`measured${pass}`, PASSWORD)
    await dovecot.deliver(`measured${pass}`, PASSWORD, await generateMails(MAILS, { seed: 100 + pass }))
  }

  for (let boot = 0; boot < BOOTS; boot++) {
    for (const build of builds) {
      useBuild(build)
      for (const [pass, { seconds, cpuMs }] of (await measure(build)).entries()) {
        build.seconds.push(seconds)
        if (cpuMs !== null) build.cpu.push(cpuMs)
        say(`${build.name}, start ${boot + 1}, pass ${pass + 1}: ${seconds.toFixed(2)} s${cpuMs === null ? "" : `, ${cpuMs.toFixed(2)} ms CPU per mail`}`)
      }
    }
  }
  console.log("")
  for (const build of builds) {
    const sorted = [...build.seconds].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)]
    const mean = sorted.reduce((sum, s) => sum + s, 0) / sorted.length
    const cpu = [...build.cpu].sort((a, b) => a - b)
    const cpuText = cpu.length ? `; median ${cpu[Math.floor(cpu.length / 2)].toFixed(2)} ms CPU per mail` : ""
    console.log(`  ${build.name}: median ${median.toFixed(2)} s (${(MAILS / median).toFixed(0)} mails/s), mean ${mean.toFixed(2)} s, ${sorted.length} passes${cpuText}`)
  }
} finally {
  // The working tree's own build goes back where the demo store finds it.
  if (existsSync(path.join(scratch, "working-tree"))) useBuild({ dir: path.join(scratch, "working-tree") })
  await dovecot.stop()
  await server.stop()
  rmSync(scratch, { recursive: true, force: true })
  rmSync(files, { recursive: true, force: true })
}

function copyOf(dir, name) {
  const copy = path.join(scratch, name)
  cpSync(dir, copy, { recursive: true })
  return copy
}

/** Builds `revision` in a temporary git worktree that shares this checkout's node_modules. */
async function buildRevision(revision) {
  const tree = path.join(scratch, "revision-tree")
  execFileSync("git", ["worktree", "add", "--detach", tree, revision], { cwd: ROOT, stdio: "ignore" })
  try {
    symlinkSync(path.join(ROOT, "node_modules"), path.join(tree, "node_modules"), "dir")
    await run(path.join(BIN, "medusa"), ["plugin:build"], { cwd: tree })
    return copyOf(path.join(tree, ".medusa", "server"), "revision")
  } finally {
    execFileSync("git", ["worktree", "remove", "--force", tree], { cwd: ROOT, stdio: "ignore" })
  }
}

/** The demo store loads the plugin from this checkout's build folder. */
function useBuild(build) {
  rmSync(BUILT, { recursive: true, force: true })
  cpSync(build.dir, BUILT, { recursive: true })
}

/** One start of the store on a fresh copy of the build's database: the warm-up, then PASSES timed runs. */
async function measure(build) {
  const database = "helpdesk_ingest_ab"
  await resetDatabase(server, database, build.template)
  rmSync(files, { recursive: true, force: true })
  mkdirSync(files, { recursive: true })
  const store = startStore(benchStoreEnv(databaseUrl(server, database), PORT, { HELPDESK_MAIL_CRON: "off", DEMO_FILE_DIR: files }), { stdio: "ignore" })
  try {
    const base = `http://localhost:${PORT}`
    if (!(await waitForHealth(`${base}/health`))) throw new Error("the store did not start")
    const headers = { authorization: `Bearer ${await adminLogin(base, "bench@example.com", "bench-password")}`, "content-type": "application/json" }
    await collectAll(base, headers, "warmup")
    // The store's processes and, when it is the embedded one, PostgreSQL's.
    const postgres = server.embedded ? postmasterPid(PG_DATA) : null
    const cpu = () => {
      const used = storeCpuSeconds(store.child.pid, postgres)
      return used.store === null || used.postgres === null ? null : used.store + used.postgres
    }
    const passes = []
    for (let pass = 0; pass < PASSES; pass++) {
      const before = cpu()
      const seconds = await collectAll(base, headers, `measured${pass}`)
      const after = cpu()
      passes.push({ seconds, cpuMs: before === null || after === null ? null : ((after - before) * 1000) / MAILS })
    }
    return passes
  } finally {
    await store.stop()
  }
}

/** Seconds "Check mail now" takes, run after run, to fetch every mail of a new mailbox for `user`. */
async function collectAll(base, headers, user) {
  const mailbox = await createMailbox(base, headers, dovecot, user, PASSWORD)
  const started = process.hrtime.bigint()
  for (let fetched = 0; fetched < MAILS; ) {
    const res = await fetch(`${base}/admin/helpdesk/mailboxes/${mailbox.id}/collect`, { method: "POST", headers })
    const body = await res.json()
    if (!res.ok || body.collection.error || !body.collection.fetched) throw new Error(`collect failed: ${res.status} ${JSON.stringify(body)}`)
    fetched += body.collection.fetched
  }
  return Number(process.hrtime.bigint() - started) / 1e9
}
