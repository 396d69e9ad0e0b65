import { ChildProcess, spawn } from "node:child_process"
import net from "node:net"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../../..")

export interface StoreProcess {
  url: string
  /** What the store printed, for a failure's message. */
  output(): string
  /** Sends `signal` to the store's whole process group and waits until it is gone. */
  kill(signal: NodeJS.Signals): Promise<void>
}

/**
 * This repository's test app (medusa-config.ts, the plugin's source) served
 * by `medusa start` in a process group of its own, on a free port, against
 * `databaseUrl`: a store another process can crash for real. `env` adds to
 * its environment (e.g. REDIS_URL and MEDUSA_WORKER_MODE for a server and
 * its workers).
 */
export async function startStoreProcess(
  databaseUrl: string,
  { env = {}, timeoutMs = 120_000 }: { env?: Record<string, string>; timeoutMs?: number } = {}
): Promise<StoreProcess> {
  const port = await freePort()
  const child = spawn(path.join(ROOT, "node_modules/.bin/medusa"), ["start"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: "error", MEDUSA_DISABLE_TELEMETRY: "true", ...env },
  })
  let output = ""
  child.stdout!.on("data", (d) => (output += d))
  child.stderr!.on("data", (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const store: StoreProcess = {
    url: `http://127.0.0.1:${port}`,
    output: () => output.slice(-4000),
    kill: async (signal) => {
      if (child.exitCode !== null || child.signalCode !== null) return
      killGroup(child, signal)
      await exited
      killGroup(child, "SIGKILL") // anything it forked and left behind
    },
  }
  const deadline = Date.now() + timeoutMs
  while (!(await healthy(store.url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await store.kill("SIGKILL")
      throw new Error(`the store did not start:\n${store.output()}`)
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  return store
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal)
  } catch {
    // already gone
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/health`, { signal: AbortSignal.timeout(2_000) })).ok
  } catch {
    return false
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Starts store processes for one test each; whatever a test started is killed after it. */
export function useStoreProcesses(): (...args: Parameters<typeof startStoreProcess>) => Promise<StoreProcess> {
  const started: StoreProcess[] = []
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.kill("SIGKILL")))
  })
  return async (...args) => {
    const store = await startStoreProcess(...args)
    started.push(store)
    return store
  }
}
