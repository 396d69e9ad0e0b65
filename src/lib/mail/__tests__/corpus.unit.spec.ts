import { spawnSync } from "node:child_process"
import fs from "node:fs"
import path from "node:path"

// The shared real-world corpus lives next to the repository (../shared/mail-corpus), never inside it.
const repoRoot = path.resolve(__dirname, "../../../..")
const corpus = path.resolve(__dirname, "../../../../../shared/mail-corpus")
const scorer = path.join(corpus, "score.mjs")
const bin = path.join(repoRoot, "bin", "medusa-helpdesk.js")
const compiledCli = path.join(repoRoot, ".medusa", "server", "src", "lib", "mail", "cli.js")

const missing = [
  !fs.existsSync(scorer) && `no corpus scorer at ${scorer}`,
  !fs.existsSync(compiledCli) && `no compiled CLI at ${compiledCli} (run npx medusa plugin:build)`,
].filter(Boolean)
if (missing.length) console.log(`mail corpus test skipped: ${missing.join("; ")}`)
const maybe = missing.length ? it.skip : it

describe("mail corpus (../shared/mail-corpus)", () => {
  maybe(
    "passes every case of the strict score",
    () => {
      const r = spawnSync(process.execPath, [scorer, "--cli", `node ${JSON.stringify(bin)}`, "--strict", "--min", "1"], {
        cwd: corpus,
        encoding: "utf8",
        timeout: 115_000,
      })
      const summary = (r.stdout || "").trim().split("\n").slice(-1)[0]
      if (r.status !== 0) console.log(r.stdout, r.stderr)
      expect(summary).toMatch(/ passed, 0 failed$/)
      expect(r.status).toBe(0)
    },
    120_000
  )
})
