// Generates the helpdesk module's migrations with the Medusa CLI
// (`medusa plugin:db:generate`), which diffs the models against a database
// named "medusa-helpdesk". Uses DB_HOST/DATABASE_URL or an embedded server.
import { rmSync } from "node:fs"
import path from "node:path"
import { dbEnv, ensureDatabase, tempDir, usePostgres } from "./lib/postgres.mjs"
import { BIN, run } from "./lib/run.mjs"

process.env.MEDUSA_DISABLE_TELEMETRY = "true"

const dataDir = tempDir("helpdesk-generate-")
const server = await usePostgres({ dataDir: path.join(dataDir, "pg"), persistent: false, fast: true })
try {
  await ensureDatabase(server, "medusa-helpdesk")
  // Without DATABASE_URL, so the CLI diffs against the database it expects.
  await run(path.join(BIN, "medusa"), ["plugin:db:generate"], { env: dbEnv(server) })
} finally {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
