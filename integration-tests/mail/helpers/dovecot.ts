import { ChildProcess, spawn } from "node:child_process"
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { ImapFlow } from "imapflow"

export const DOVECOT_BIN = process.env.DOVECOT_PATH || "/usr/sbin/dovecot"
export const hasDovecot = existsSync(DOVECOT_BIN)
export const DOVECOT_MISSING =
  `Mail suite skipped: Dovecot not found at ${DOVECOT_BIN}. Install it with: apt-get install -y dovecot-imapd`

export interface DovecotServer {
  host: string
  port: number
  /** Adds a mail account; its maildir is created on first login. */
  addUser(user: string, password: string): void
  /** Puts mails into a user's folder over IMAP, as a mail server delivering them would. */
  deliver(user: string, password: string, mails: (Buffer | string)[], folder?: string): Promise<void>
  /** Kills the server at once, as a crash or a dropped network would. */
  kill(): Promise<void>
  start(): Promise<void>
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(port: number, timeoutMs = 10_000) {
  const { connect } = await import("node:net")
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end()
        resolve(true)
      })
      socket.once("error", () => resolve(false))
    })
    if (ok) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`Dovecot did not listen on port ${port} within ${timeoutMs} ms`)
}

/**
 * A private Dovecot on a free loopback port: passwd-file users, maildirs in
 * a temp folder, plain logins without TLS. Runs in the foreground as a child
 * so a test can kill it mid-batch.
 */
export async function startDovecot(): Promise<DovecotServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "helpdesk-dovecot-"))
  // Dovecot's mail processes run as "nobody" and must reach the maildirs.
  chmodSync(dir, 0o755)
  const mail = path.join(dir, "mail")
  mkdirSync(mail, { mode: 0o777 })
  chmodSync(mail, 0o777)
  const users = path.join(dir, "users")
  writeFileSync(users, "")
  const port = await freePort()
  const conf = path.join(dir, "dovecot.conf")
  writeFileSync(
    conf,
    `protocols = imap
listen = 127.0.0.1
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
mail_location = maildir:${mail}/%u
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${users}
}
userdb {
  driver = static
  args = uid=nobody gid=nogroup home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`
  )
  let child: ChildProcess | null = null
  const lines: string[] = []

  const server: DovecotServer = {
    host: "127.0.0.1",
    port,
    addUser(user, password) {
      writeFileSync(users, `${user}:{PLAIN}${password}\n`, { flag: "a" })
    },
    async deliver(user, password, mails, folder = "INBOX") {
      const client = new ImapFlow({ host: "127.0.0.1", port, secure: false, auth: { user, pass: password }, logger: false })
      await client.connect()
      try {
        for (const m of mails) {
          try {
            await client.append(folder, m)
          } catch (error) {
            const e = error as { responseText?: string; message: string }
            throw new Error(`APPEND refused: ${e.responseText ?? e.message}\n${String(m).slice(0, 300)}`)
          }
        }
      } finally {
        await client.logout()
      }
    },
    async start() {
      // Its own process group, so a kill takes the login and mail processes with it.
      child = spawn(DOVECOT_BIN, ["-F", "-c", conf], { stdio: ["ignore", "pipe", "pipe"], detached: true })
      child.stdout?.on("data", (d) => lines.push(String(d)))
      child.stderr?.on("data", (d) => lines.push(String(d)))
      try {
        await waitForPort(port)
      } catch (error) {
        throw new Error(`${(error as Error).message}\n${lines.join("")}`)
      }
    },
    async kill() {
      if (!child) return
      const exited = new Promise((resolve) => child!.once("exit", resolve))
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {
        child.kill("SIGKILL")
      }
      await exited
      child = null
      await new Promise((r) => setTimeout(r, 200))
    },
    async stop() {
      await server.kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
  await server.start()
  return server
}
