// A sending process of the outbox bench (the raw nodemailer pass, or the
// helpdesk's drain under `medusa exec`), driven by lines: it says when it
// is ready, the bench says "go", it answers with its result. Started in its
// own process group, so its CPU can be read from /proc and stopping it
// stops everything it started.
import { spawn } from "node:child_process"
import { createInterface } from "node:readline"

export function startSender(command, args, { cwd, env, prefix = "" }) {
  const child = spawn(command, args, { cwd, env, stdio: ["pipe", "pipe", "inherit"], detached: true })
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)))
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]()
  return {
    pid: child.pid,
    /** The next line that starts with `prefix` + `start`, without the prefix; other output is passed on to stderr. */
    async next(start = "") {
      for (;;) {
        const { value, done } = await lines.next()
        if (done) throw new Error(`${command} ended (${await exited}) before it said "${prefix}${start}"`)
        if (value.startsWith(prefix + start)) return value.slice(prefix.length)
        process.stderr.write(`${value}\n`)
      }
    },
    say: (line) => child.stdin.write(`${line}\n`),
    /** Waits up to `ms` for it to end, then ends its group. */
    async stop(ms = 10_000) {
      const timer = setTimeout(() => kill(child.pid), ms)
      await exited
      clearTimeout(timer)
      kill(child.pid)
    },
  }
}

function kill(group) {
  try {
    process.kill(-group, "SIGKILL")
  } catch {
    // already gone
  }
}
