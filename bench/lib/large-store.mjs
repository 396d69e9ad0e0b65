// The demo store on the benchmarks' large database: N tickets seeded once by
// bulk SQL into bench/.data (the database is named after `list`, which made it
// first; `cabinet` reuses it), the plugin built and migrated, an admin signed in.
import path from "node:path"
import pg from "pg"
import { ensureDatabase, urlFor, usePostgres } from "../../scripts/lib/postgres.mjs"
import { ROOT } from "../../scripts/lib/run.mjs"
import { adminLogin, benchStoreEnv, buildAndLinkPlugin, ensureAdminUser, migrate, startStore, waitForHealth } from "../../scripts/lib/store.mjs"
import { seedTickets } from "./seed-tickets.mjs"

/**
 * Runs `bench({ db, base, adminToken })` against the started store, then
 * stops the store and the database whatever happened.
 */
export async function withLargeStore({ tickets, port, say }, bench) {
  process.env.MEDUSA_DISABLE_TELEMETRY = "true"
  const name = `helpdesk_bench_list_${tickets}`
  const server = await usePostgres({ dataDir: path.join(ROOT, "bench", ".data", "pg"), persistent: true })
  await ensureDatabase(server, name)
  const env = benchStoreEnv(
    process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/\/[^/]*$/, `/${name}`) : urlFor(server, name),
    port
  )
  const db = new pg.Client({ connectionString: env.DATABASE_URL })
  let store
  try {
    say("Building the plugin and migrating…")
    await buildAndLinkPlugin()
    await migrate(env)
    await db.connect()
    await seedTickets(db, tickets, say)
    await ensureAdminUser(env, "bench@example.com", "bench-password")

    say("Starting the store…")
    store = startStore(env, { stdio: "ignore" })
    if (!(await waitForHealth(`http://localhost:${port}/health`))) throw new Error("the store did not start")
    const base = `http://localhost:${port}`
    return await bench({ db, base, adminToken: await adminLogin(base, "bench@example.com", "bench-password") })
  } finally {
    await store?.stop()
    await db.end().catch(() => undefined)
    await server.stop()
  }
}
