// Generates the helpdesk module's migrations with the Medusa CLI
// (`medusa plugin:db:generate`), which diffs the models against a database
// named "medusa-helpdesk". Uses DB_HOST/DATABASE_URL or an embedded server.
import { rmSync } from "node:fs"
import path from "node:path"
import { ensureDatabase, tempDir, usePostgres } from "./lib/postgres.mjs"
import { BIN, run } from "./lib/run.mjs"

process.env.MEDUSA_DISABLE_TELEMETRY = "true"

const dataDir = tempDir("helpdesk-generate-")
const server = await usePostgres({ dataDir: path.join(dataDir, "pg"), persistent: false, fast: true })
try {
  await ensureDatabase(server, "medusa-helpdesk")
  const env = {
    ...process.env,
    DB_HOST: server.host,
    DB_PORT: String(server.port),
    DB_USERNAME: server.user,
    DB_PASSWORD: server.password,
  }
  // The CLI would prefer DATABASE_URL over the database it diffs against.
  delete env.DATABASE_URL
  await run(path.join(BIN, "medusa"), ["plugin:db:generate"], { env })
} finally {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
