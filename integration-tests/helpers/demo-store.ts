import { ChildProcess, spawn } from "node:child_process"
import net from "node:net"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")

export interface DemoStore {
  url: string
  process: ChildProcess
  output: () => string
  stop: () => Promise<number | null>
}

/** Starts `npm run demo`'s script on a port of its own and waits for the admin URL line. */
export async function startDemoStore(env: Record<string, string>, timeoutMs = 600_000): Promise<DemoStore> {
  const child = spawn(process.execPath, [path.join(ROOT, "scripts/demo.mjs")], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout!.on("data", (chunk) => (output += chunk))
  child.stderr!.on("data", (chunk) => (output += chunk))

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`demo did not start:\n${output.slice(-4000)}`)), timeoutMs)
    const check = () => {
      if (output.includes("Medusa admin:")) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout!.on("data", check)
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`demo exited with ${code}:\n${output.slice(-4000)}`))
    })
  })

  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return {
    url: `http://localhost:${env.PORT}`,
    process: child,
    output: () => output,
    stop: async () => {
      child.kill("SIGINT")
      return exited
    },
  }
}

export function portIsOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" })
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}
