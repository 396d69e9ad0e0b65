// `npm test`: runs every jest suite against PostgreSQL. Uses DATABASE_URL or
// DB_HOST when given; otherwise starts an embedded PostgreSQL from npm and
// stops it afterwards. Extra arguments go to jest (e.g. `npm test -- -t reply`).
import { rmSync } from "node:fs"
import path from "node:path"
import { dbEnv, tempDir, usePostgres } from "./lib/postgres.mjs"
import { ROOT, run } from "./lib/run.mjs"

process.env.MEDUSA_DISABLE_TELEMETRY = "true"
const dataDir = tempDir("helpdesk-test-")
const server = await usePostgres({ dataDir: path.join(dataDir, "pg"), persistent: false, fast: true })
console.log(
  server.embedded
    ? `Using an embedded PostgreSQL on port ${server.port} (set DATABASE_URL or DB_HOST to use your own).`
    : `Using PostgreSQL at ${server.host}:${server.port}.`
)

let code = 0
try {
  // Medusa's test utilities create a database per suite from the DB_* variables.
  const env = {
    ...dbEnv(server),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
    NODE_ENV: "test",
  }
  await run(
    process.execPath,
    [path.join(ROOT, "node_modules/jest/bin/jest.js"), "--runInBand", "--forceExit", ...process.argv.slice(2)],
    { env }
  )
} catch (error) {
  console.error(error.message)
  code = 1
} finally {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(code)
