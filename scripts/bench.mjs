// `npm run bench -- <name>`: runs bench/<name>.mjs (e.g. `npm run bench -- list`).
import { existsSync, readdirSync } from "node:fs"
import path from "node:path"
import { ROOT, run } from "./lib/run.mjs"

const name = process.argv[2]
const available = readdirSync(path.join(ROOT, "bench")).filter((f) => f.endsWith(".mjs")).map((f) => f.replace(/\.mjs$/, ""))
if (!name || !existsSync(path.join(ROOT, "bench", `${name}.mjs`))) {
  console.error(`Usage: npm run bench -- <${available.join("|")}> [options]`)
  process.exit(2)
}
await run(process.execPath, [path.join(ROOT, "bench", `${name}.mjs`), ...process.argv.slice(3)])
