import { ChildProcess, spawn, spawnSync } from "node:child_process"
import net from "node:net"
import { freePort } from "./smtp-sink"

const REDIS_BIN = process.env.REDIS_SERVER_BIN || "redis-server"

export const hasRedis = spawnSync(REDIS_BIN, ["--version"]).status === 0
export const REDIS_MISSING = `Several-instance tests skipped: ${REDIS_BIN} not found. Install it with: apt-get install -y redis-server`

export interface RedisServer {
  url: string
  stop(): Promise<void>
}

/**
 * A private Redis (Debian's redis-server) on a free loopback port, keeping
 * nothing on disk: the event bus, workflow engine and locks that store
 * instances share in these tests, apart from any Redis the machine runs.
 */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort()
  const child: ChildProcess = spawn(REDIS_BIN, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  })
  const until = Date.now() + 10_000
  while (!(await answers(port))) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill("SIGKILL")
      throw new Error(`redis-server did not start on port ${port}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  // A suite that jest ends by force never reaches its afterAll: the server must not outlive the test process.
  const killOnExit = () => child.kill("SIGKILL")
  process.once("exit", killOnExit)
  void exited.then(() => process.removeListener("exit", killOnExit))
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM")
      await exited
    },
  }
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1")
    socket.setTimeout(1_000)
    socket.once("connect", () => socket.write("PING\r\n"))
    socket.once("data", (data) => {
      socket.destroy()
      resolve(data.toString().startsWith("+PONG"))
    })
    socket.once("error", () => resolve(false))
    socket.once("timeout", () => {
      socket.destroy()
      resolve(false)
    })
  })
}
