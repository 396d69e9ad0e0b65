// `npm run demo`: builds the plugin, starts a Medusa store (demo/) that loads
// the built package, migrates and seeds it once, and serves the admin.
// Database: DATABASE_URL when set, otherwise an embedded PostgreSQL whose data
// stays in .data/demo-pg. Ctrl-C stops the store and the database.
import path from "node:path"
import { ensureDatabase, urlFor, usePostgres } from "./lib/postgres.mjs"
import { BIN, ROOT, run } from "./lib/run.mjs"
import { buildAndLinkPlugin, DEMO, linkPlugin, ensureAdminUser, migrate, startStore, waitForHealth } from "./lib/store.mjs"

const PORT = process.env.PORT || "9000"
const ADMIN_EMAIL = "admin@example.com"
const ADMIN_PASSWORD = "supersecret"
const say = (line) => console.log(`\x1b[36m[demo]\x1b[0m ${line}`)
process.env.MEDUSA_DISABLE_TELEMETRY = "true"

// The browser tests start several demo stores from one build: rebuilding
// would empty .medusa/server under the stores already running.
if (process.env.HELPDESK_DEMO_SKIP_BUILD === "1") {
  await linkPlugin()
} else {
  say("Building the plugin (medusa plugin:build)…")
  await buildAndLinkPlugin()
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
  if (store && store.child.exitCode === null) {
    say("Stopping the store…")
    await store.stop()
  }
  await server.stop()
  process.exit(code)
}
process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))
process.on("SIGHUP", () => shutdown(0))

try {
  say("Migrating the database…")
  await migrate(env)
  say("Seeding demo data (once)…")
  await run(path.join(BIN, "medusa"), ["exec", "./src/scripts/seed.ts"], { cwd: DEMO, env })
  await ensureAdminUser(env, ADMIN_EMAIL, ADMIN_PASSWORD)
} catch (error) {
  console.error(error.message)
  await shutdown(1)
}

say("Starting the store (medusa develop)…")
store = startStore(env)
store.child.on("exit", (code) => {
  if (!stopping) {
    say(`The store stopped (exit ${code}).`)
    shutdown(code ?? 1)
  }
})
if (!(await waitForHealth(`http://localhost:${PORT}/health`, { stopped: () => stopping }))) {
  if (!stopping) {
    say(`The store did not answer http://localhost:${PORT}/health within 3 minutes.`)
    await shutdown(1)
  }
}
say("")
say(`Medusa admin:  http://localhost:${PORT}/app   (Helpdesk is in the sidebar)`)
say(`Log in with:   ${ADMIN_EMAIL} / ${ADMIN_PASSWORD}`)
say("The first page load compiles the admin and may take ~30 s. Ctrl-C stops everything.")
