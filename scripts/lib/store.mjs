// Starting the demo store (demo/) that loads the built plugin: shared by
// `npm run demo` and the benchmarks.
import { spawn } from "node:child_process"
import { existsSync, lstatSync, mkdirSync, symlinkSync } from "node:fs"
import path from "node:path"
import { BIN, ROOT, run } from "./run.mjs"

export const DEMO = path.join(ROOT, "demo")
const medusa = path.join(BIN, "medusa")

/** Builds the plugin and makes "medusa-helpdesk" in the demo store resolve to it. */
export async function buildAndLinkPlugin() {
  await run(medusa, ["plugin:build"])
  await linkPlugin()
}

/** Makes "medusa-helpdesk" resolve to this repository's last build. */
export async function linkPlugin() {
  // One copy of @medusajs/*: the store resolves the plugin to this repository,
  // which shares the root's node_modules.
  linkTo(path.join(DEMO, "node_modules", "medusa-helpdesk"))
  // Medusa's admin bundler (in the root's node_modules) finds the plugin's
  // admin files by resolving "medusa-helpdesk/admin" from where it sits, to
  // give their Tailwind classes to the admin's stylesheet, as it does for a
  // plugin installed from npm. Without this link only classes the dashboard
  // itself uses would work in the plugin's screens.
  linkTo(path.join(ROOT, "node_modules", "medusa-helpdesk"))
}

function linkTo(link) {
  if (!existsSync(link) && !isSymlink(link)) {
    mkdirSync(path.dirname(link), { recursive: true })
    symlinkSync(path.relative(path.dirname(link), ROOT), link, "dir")
  }
}

export const migrate = (env) => run(medusa, ["db:migrate"], { cwd: DEMO, env })

export async function ensureAdminUser(env, email, password) {
  const { default: pg } = await import("pg")
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    const { rowCount } = await client.query(`select 1 from "user" where email = $1`, [email])
    if (rowCount) return
  } finally {
    await client.end()
  }
  await run(medusa, ["user", "-e", email, "-p", password], { cwd: DEMO, env })
}

/** The environment of a benchmark's demo store: its own database and port, API only, quiet. */
export function benchStoreEnv(databaseUrl, port, extra = {}) {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NODE_ENV: "development",
    MEDUSA_ADMIN_DISABLE: "true",
    LOG_LEVEL: "error",
    ...extra,
  }
}

/** Logs in to the store's admin API and returns the bearer token. */
export async function adminLogin(base, email, password) {
  const res = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  const { token } = await res.json()
  if (!token) throw new Error(`could not log in as ${email}`)
  return token
}

/** `medusa develop` in its own process group, so stopping it stops every child it forks. */
/** `nodeArgs` go to the Node process that serves (medusa develop forks it), e.g. --cpu-prof for a bench's profile. */
export function startStore(env, { stdio = "inherit", nodeArgs = [] } = {}) {
  const child = spawn(medusa, ["develop", ...(nodeArgs.length ? ["--", ...nodeArgs] : [])], { cwd: DEMO, env, stdio, detached: true })
  return { child, stop: () => stopGroup(child) }
}

export async function waitForHealth(url, { timeoutMs = 180_000, stopped = () => false } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline && !stopped()) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) })
      if (res.ok) return true
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 1_000))
  }
  return false
}

function stopGroup(child) {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const kill = (signal) => {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    const deadline = Date.now() + 10_000
    const timer = setTimeout(() => kill("SIGKILL"), 10_000)
    // medusa develop may exit before the server it forked has shut down (and, under --cpu-prof, written its profile).
    const groupAlive = () => {
      try {
        process.kill(-child.pid, 0)
        return true
      } catch {
        return false
      }
    }
    const settle = () => {
      if (groupAlive() && Date.now() < deadline) return setTimeout(settle, 100)
      clearTimeout(timer)
      kill("SIGKILL") // any grandchild still left in the group
      resolve()
    }
    child.once("exit", settle)
    kill("SIGTERM")
  })
}

function isSymlink(p) {
  try {
    return lstatSync(p).isSymbolicLink()
  } catch {
    return false
  }
}
