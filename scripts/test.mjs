// `npm test`: runs every jest suite against PostgreSQL. Uses DATABASE_URL or
// DB_HOST when given; otherwise starts an embedded PostgreSQL from npm and
// stops it afterwards. Extra arguments go to jest (e.g. `npm test -- -t reply`).
import { existsSync, readFileSync, rmSync } from "node:fs"
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

const resultsFile = path.join(dataDir, "jest-results.json")

/** One plain closing line, "N passed, N failed, N skipped", for tools that read only that. */
function printSummary() {
  if (!existsSync(resultsFile)) return
  const r = JSON.parse(readFileSync(resultsFile, "utf8"))
  console.log(`\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)
  // The browser suites skip themselves without Chromium; said last, where nobody misses it.
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  if (!existsSync(chromium)) {
    console.log(`browser suites skipped: no Chromium at ${chromium}. Install Debian's with \`apt-get install -y chromium\` (or set CHROMIUM_PATH), then run \`npm run test:e2e\`.`)
  }
}

let code = 0
try {
  // Medusa's test utilities create a database per suite from the DB_* variables.
  const env = {
    ...dbEnv(server),
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
    NODE_ENV: "test",
    // The store's info lines (a line per request and event) would bury the report.
    LOG_LEVEL: process.env.LOG_LEVEL || "warn",
  }
  // One suite at a time (they share the machine's two cores and one database
  // server), in a worker that is replaced once it holds over 1.5 GB after a
  // suite: every suite boots a whole Medusa app, and what each leaves behind
  // ran one long-lived process out of heap.
  const jest = [path.join(ROOT, "node_modules/jest/bin/jest.js"), "--maxWorkers=1", "--workerIdleMemoryLimit=1536MB", "--forceExit"]
  // `--e2e` (npm run test:e2e) selects the browser project. It goes last:
  // jest's --selectProjects takes every word after it, so a spec path given
  // after it would be read as one more project name and every spec would run.
  const args = process.argv.slice(2)
  const e2e = args.includes("--e2e") ? ["--selectProjects", "e2e"] : []
  const passed = args.filter((a) => a !== "--e2e")
  await run(process.execPath, [...jest, "--json", `--outputFile=${resultsFile}`, ...passed, ...e2e], { env })
} catch (error) {
  console.error(error.message)
  code = 1
} finally {
  printSummary()
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
}
process.exit(code)
