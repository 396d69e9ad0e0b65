// `npm run demo`: builds the plugin, starts a Medusa store (demo/) that loads
// the built package, migrates and seeds it once, and serves the admin.
// Database: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
// stays in .data/demo-pg. Ctrl-C stops the store and the database.
import { spawn } from "node:child_process"
import { existsSync, lstatSync, mkdirSync, symlinkSync } from "node:fs"
import path from "node:path"
import { ensureDatabase, urlFor, usePostgres } from "./lib/postgres.mjs"
import { BIN, ROOT, run } from "./lib/run.mjs"

const DEMO = path.join(ROOT, "demo")
const PORT = process.env.PORT || "9000"
const ADMIN_EMAIL = "admin@example.com"
const ADMIN_PASSWORD = "supersecret"
const say = (line) => console.log(`\x1b[36m[demo]\x1b[0m ${line}`)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

say("Building the plugin (medusa plugin:build)…")
await run(path.join(BIN, "medusa"), ["plugin:build"])

// The store resolves "medusa-helpdesk" to this repository, so it loads the
// built package while sharing the root's single copy of @medusajs/*.
const link = path.join(DEMO, "node_modules", "medusa-helpdesk")
if (!existsSync(link) && !isSymlink(link)) {
  mkdirSync(path.dirname(link), { recursive: true })
  symlinkSync(path.relative(path.dirname(link), ROOT), link, "dir")
}

const server = await usePostgres({ dataDir: path.join(ROOT, ".data", "demo-pg"), persistent: true })
let databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) {
  await ensureDatabase(server, "medusa_helpdesk_demo")
  databaseUrl = urlFor(server, "medusa_helpdesk_demo")
}
say(server.embedded ? `Embedded PostgreSQL on port ${server.port} (data in .data/demo-pg)` : "Using DATABASE_URL")

const env = { ...process.env, DATABASE_URL: databaseUrl, PORT, NODE_ENV: "development" }
let store
let stopping = false
async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (store?.exitCode === null) {
    say("Stopping the store…")
    await stopGroup(store)
  }
  await server.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
process.on("SIGHUP", () => shutdown(0))

try {
  say("Migrating the database…")
  await run(path.join(BIN, "medusa"), ["db:migrate"], { cwd: DEMO, env })
  say("Seeding demo data (once)…")
  await run(path.join(BIN, "medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: DEMO, env })
  if (!(await adminExists(databaseUrl))) {
    await run(path.join(BIN, "medusa"), ["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], { cwd: DEMO, env })
  }
} catch (error) {
  console.error(error.message)
  await shutdown(1)
}

say("Starting the store (medusa develop)…")
// Its own process group, so Ctrl-C can stop medusa and every child it forks.
store = spawn(path.join(BIN, "medusa"), ["develop"], { cwd: DEMO, env, stdio: "inherit", detached: true })
store.on("exit", (code) => {
  if (!stopping) {
    say(`The store stopped (exit ${code}).`)
    shutdown(code ?? 1)
  }
})
await waitForHealth(`http://localhost:${PORT}/health`)
say("")
say(`Medusa admin:  http://localhost:${PORT}/app   (Helpdesk is in the sidebar)`)
say(`Log in with:   ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}`)
say("The first page load compiles the admin and may take ~30 s. Ctrl-C stops everything.")

function isSymlink(p) {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}

async function adminExists(url) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rowCount } = await client.query(`select 1 from "user" where email = $1`, [ADMIN_EMAIL])
    return rowCount > 0
  } finally {
    await client.end()
  }
}

async function waitForHealth(url) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (res.ok) return
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1_000))
  }
  if (!stopping) {
    say(`The store did not answer ${url} within 3 minutes.`)
    await shutdown(1)
  }
}

function stopGroup(child) {
  return new Promise((resolve) => {
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => kill("SIGKILL"), 10_000)
    child.once("exit", () => {
      clearTimeout(timer)
      kill("SIGKILL") // any grandchild left in the group
      resolve()
    })
    kill("SIGTERM")
  })
}
