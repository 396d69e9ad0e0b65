import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/** Where the form limits live when the store runs without Redis; the prefix keeps it apart from other modules' tables. */
export const RATE_LIMIT_TABLE = "helpdesk_rate_limit"

/**
 * Creates the limiter's table unless it exists. RateLimiterPostgres can do it
 * itself, but two store processes starting together race on
 * `CREATE TABLE IF NOT EXISTS` and one fails; an advisory lock held for the
 * transaction makes the second wait and then find the table.
 */
export async function ensureRateLimitTable(knex: Knex): Promise<void> {
  await knex.transaction(async (trx) => {
    await trx.raw("SELECT pg_advisory_xact_lock(hashtext(?))", [RATE_LIMIT_TABLE])
    // The columns RateLimiterPostgres reads and writes: key, consumed points, expiry in epoch milliseconds.
    await trx.raw(
      `CREATE TABLE IF NOT EXISTS "${RATE_LIMIT_TABLE}" (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint)`
    )
  })
}
