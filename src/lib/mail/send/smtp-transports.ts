import { createHash } from "node:crypto"
import nodemailer, { Transporter } from "nodemailer"

export interface SmtpServer {
  host: string
  port: number
  secure: boolean
  user: string | null
  password: string | null
}

/** How long an unused pool stays open: a burst of replies reuses its connections, a quiet store holds none. */
const IDLE_MS = 60_000

interface Pool {
  transport: Transporter
  lastUsed: number
}

/**
 * Pooled nodemailer transports, one per SMTP server and login. A pool is
 * keyed by a hash of the password too, so a changed password opens a new
 * pool rather than reusing a login that now fails; pools unused for a
 * minute are closed.
 */
export class SmtpTransports {
  private readonly pools = new Map<string, Pool>()
  private sweeper: NodeJS.Timeout | null = null

  constructor(private readonly settings: { timeoutMs: number; poolSize: number }) {}

  get(server: SmtpServer): Transporter {
    const key = createHash("sha256").update(JSON.stringify([server.host, server.port, server.secure, server.user, server.password])).digest("hex")
    let pool = this.pools.get(key)
    if (!pool) {
      pool = {
        transport: nodemailer.createTransport({
          pool: true,
          maxConnections: this.settings.poolSize,
          host: server.host,
          port: server.port,
          secure: server.secure,
          auth: server.user ? { user: server.user, pass: server.password ?? "" } : undefined,
          connectionTimeout: this.settings.timeoutMs,
          greetingTimeout: this.settings.timeoutMs,
          socketTimeout: this.settings.timeoutMs,
        }),
        lastUsed: Date.now(),
      }
      this.pools.set(key, pool)
      this.startSweeper()
    }
    pool.lastUsed = Date.now()
    return pool.transport
  }

  closeAll(): void {
    for (const pool of this.pools.values()) pool.transport.close()
    this.pools.clear()
    if (this.sweeper) clearInterval(this.sweeper)
    this.sweeper = null
  }

  private startSweeper() {
    if (this.sweeper) return
    this.sweeper = setInterval(() => {
      const now = Date.now()
      for (const [key, pool] of this.pools) {
        if (now - pool.lastUsed > IDLE_MS) {
          pool.transport.close()
          this.pools.delete(key)
        }
      }
      if (!this.pools.size && this.sweeper) {
        clearInterval(this.sweeper)
        this.sweeper = null
      }
    }, IDLE_MS)
    this.sweeper.unref()
  }
}
