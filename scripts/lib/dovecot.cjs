// A private Dovecot IMAP server for the mail tests and the ingest benchmark:
// a free loopback port, passwd-file users, maildirs in a temp folder, plain
// logins without TLS. It runs in the foreground in its own process group, so
// a test can kill it mid-batch and start it again on the same maildirs.
const { spawn } = require("node:child_process")
const { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs")
const { connect, createServer } = require("node:net")
const { tmpdir } = require("node:os")
const path = require("node:path")

const DOVECOT_BIN = process.env.DOVECOT_PATH || "/usr/sbin/dovecot"
const hasDovecot = existsSync(DOVECOT_BIN)
const INSTALL_HINT = "apt-get install -y dovecot-imapd"

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

async function waitForPort(port, timeoutMs = 10_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
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

function config({ dir, mail, users, port }) {
  return `protocols = imap
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
  chroot =
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
`
}

async function startDovecot() {
  const dir = mkdtempSync(path.join(tmpdir(), "helpdesk-dovecot-"))
  // Dovecot's mail processes run as "nobody" and must reach the maildirs.
  chmodSync(dir, 0o755)
  const mail = path.join(dir, "mail")
  mkdirSync(mail)
  chmodSync(mail, 0o777)
  const users = path.join(dir, "users")
  writeFileSync(users, "")
  const port = await freePort()
  const conf = path.join(dir, "dovecot.conf")
  writeFileSync(conf, config({ dir, mail, users, port }))
  let child = null
  const output = []

  const server = {
    host: "127.0.0.1",
    port,
    /**
     * Adds a mail account and waits until Dovecot accepts its login: Dovecot
     * re-reads the users file at most about once a second.
     */
    async addUser(user, password) {
      writeFileSync(users, `${user}:{PLAIN}${password}\n`, { flag: "a" })
      const { ImapFlow } = require("imapflow")
      const until = Date.now() + 5_000
      for (;;) {
        const client = new ImapFlow({ host: "127.0.0.1", port, secure: false, auth: { user, pass: password }, logger: false })
        try {
          await client.connect()
          await client.logout()
          return
        } catch (error) {
          if (Date.now() > until) throw new Error(`Dovecot does not accept ${user}: ${error.responseText || error.message}\n${server.log()}`)
          await new Promise((r) => setTimeout(r, 250))
        }
      }
    },
    /** The end of Dovecot's log, for error messages. */
    log() {
      try {
        return readFileSync(path.join(dir, "dovecot.log"), "utf8").split("\n").slice(-15).join("\n")
      } catch {
        return "(no Dovecot log)"
      }
    },
    /** Puts mails into a folder over IMAP APPEND, as delivery would. */
    async deliver(user, password, mails, folder = "INBOX") {
      const { ImapFlow } = require("imapflow")
      const open = async () => {
        const client = new ImapFlow({ host: "127.0.0.1", port, secure: false, auth: { user, pass: password }, logger: false })
        await client.connect()
        return client
      }
      let client
      try {
        client = await open()
      } catch (error) {
        throw new Error(`IMAP login as ${user} failed: ${error.responseText || error.message}\n${server.log()}`)
      }
      try {
        for (const m of mails) {
          try {
            await client.append(folder, m)
          } catch (error) {
            throw new Error(`APPEND refused: ${error.responseText || error.message}\n${String(m).slice(0, 300)}\n${server.log()}`)
          }
        }
      } finally {
        await client.logout()
      }
    },
    async start() {
      child = spawn(DOVECOT_BIN, ["-F", "-c", conf], { stdio: ["ignore", "pipe", "pipe"], detached: true })
      child.stdout.on("data", (d) => output.push(String(d)))
      child.stderr.on("data", (d) => output.push(String(d)))
      try {
        await waitForPort(port)
      } catch (error) {
        throw new Error(`${error.message}\n${output.join("")}`)
      }
    },
    /** Kills the server and its login and mail processes at once, as a crash would. */
    async kill() {
      if (!child) return
      const exited = new Promise((resolve) => child.once("exit", resolve))
      try {
        process.kill(-child.pid, "SIGKILL")
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

module.exports = { DOVECOT_BIN, hasDovecot, INSTALL_HINT, startDovecot }
