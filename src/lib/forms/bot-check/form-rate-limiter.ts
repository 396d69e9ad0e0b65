import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, type HelpdeskModuleService } from "../../../modules/helpdesk"
import { createFormRateLimiter, type FormRateLimiter, type RateLimitStore } from "./rate-limit"

// Keyed by the app's database connection, not the container: routes pass
// req.scope, a new container per request, but one app has one connection.
const limiters = new WeakMap<Knex, Promise<FormRateLimiter>>()

/**
 * The public forms' rate limiter of this store: on Redis when REDIS_URL is
 * set, else in PostgreSQL through Medusa's own connection, so every store
 * process counts against the same limits. Limits come from the helpdesk options.
 */
export function getFormRateLimiter(container: MedusaContainer): Promise<FormRateLimiter> {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  let limiter = limiters.get(knex)
  if (!limiter) {
    limiter = build(container, knex)
    // A failed start (database or Redis unreachable) is tried again by the next request.
    limiter.catch(() => limiters.delete(knex))
    limiters.set(knex, limiter)
  }
  return limiter
}

async function build(container: MedusaContainer, knex: Knex): Promise<FormRateLimiter> {
  const options = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions()
  const store = await chooseStore(container, knex)
  return createFormRateLimiter(store, {
    perIp: options.formRateLimitPerIp,
    perEmail: options.formRateLimitPerEmail,
    windowSeconds: options.formRateLimitWindowSeconds,
  })
}

async function chooseStore(container: MedusaContainer, knex: Knex): Promise<RateLimitStore> {
  const url = process.env.REDIS_URL
  if (!url) return { kind: "postgres", knex }
  try {
    // ioredis comes with Medusa's Redis modules; the plugin does not bring its own.
    const { Redis } = await import("ioredis")
    return { kind: "redis", client: new Redis(url, { connectTimeout: 5_000, commandTimeout: 2_000, maxRetriesPerRequest: 1 }) }
  } catch (error) {
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    logger.warn(`medusa-helpdesk: REDIS_URL is set but ioredis cannot be loaded (${(error as Error).message}); form rate limits are kept in PostgreSQL`)
    return { kind: "postgres", knex }
  }
}
