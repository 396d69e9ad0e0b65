import { createHash } from "node:crypto"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Redis } from "ioredis"
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
  type IRateLimiterOptions,
} from "rate-limiter-flexible"
/** Where the form limits live without Redis; made by the module's migration Migration20261206093000. */
export const RATE_LIMIT_TABLE = "helpdesk_rate_limit"

export interface FormRateLimits {
  perIp: number
  perEmail: number
  windowSeconds: number
}

/** Where counts are kept: Redis or PostgreSQL hold across store processes; memory is one process's own. */
export type RateLimitStore = { kind: "redis"; client: Redis } | { kind: "postgres"; knex: Knex } | { kind: "memory" }

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number }

export interface FormRateLimiter {
  /** Counts one submission against the sender's IP and, when given, their email address. */
  consume(keys: { ip: string; email?: string | null }): Promise<RateLimitResult>
  /** True the first time `key` is claimed within `ttlSeconds`, false after (e.g. a solved challenge used twice). */
  consumeOnce(key: string, ttlSeconds: number): Promise<boolean>
}

export async function createFormRateLimiter(store: RateLimitStore, limits: FormRateLimits): Promise<FormRateLimiter> {
  const make = await limiterFactory(store)
  const duration = limits.windowSeconds
  const perIp = make({ keyPrefix: "helpdesk_form_ip", points: limits.perIp, duration })
  const perEmail = make({ keyPrefix: "helpdesk_form_email", points: limits.perEmail, duration })
  const once = make({ keyPrefix: "helpdesk_once", points: 1, duration: 60 })

  return {
    async consume({ ip, email }) {
      // The IP first: a sender already over their IP limit does not use up the address's allowance too.
      const byIp = await take(perIp, hashed(ip))
      if (!byIp.ok || !email?.trim()) return byIp
      return take(perEmail, hashed(email.trim().toLowerCase()))
    },
    async consumeOnce(key, ttlSeconds) {
      const result = await take(once, hashed(key), { customDuration: Math.max(1, Math.ceil(ttlSeconds)) })
      return result.ok
    },
  }
}

type MakeLimiter = (options: IRateLimiterOptions) => RateLimiterAbstract

async function limiterFactory(store: RateLimitStore): Promise<MakeLimiter> {
  switch (store.kind) {
    case "redis":
      return (options) => new RateLimiterRedis({ ...options, storeClient: store.client })
    case "postgres": {
      let first = true
      return (options) => {
        // All limiters share the table; one sweeping expired rows every few minutes is enough.
        const clearExpiredByTimeout = first
        first = false
        return new RateLimiterPostgres({ ...options, storeClient: store.knex, storeType: "knex", tableName: RATE_LIMIT_TABLE, tableCreated: true, clearExpiredByTimeout })
      }
    }
    case "memory":
      return (options) => new RateLimiterMemory(options)
  }
}

// A refusal resolves with the wait; a store that fails (Redis or the database down) throws for the caller to decide.
async function take(limiter: RateLimiterAbstract, key: string, options?: { customDuration: number }): Promise<RateLimitResult> {
  try {
    await limiter.consume(key, 1, options)
    return { ok: true }
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
  }
}

// Keys are hashed so the store holds no addresses, and every key fits the table's varchar(255).
function hashed(value: string): string {
  return createHash("sha256").update(value).digest("base64url")
}
