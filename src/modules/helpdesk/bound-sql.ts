import { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/**
 * Runs SQL with `?` placeholders as a parameterised query, inside the
 * manager's transaction when it has one. `manager.execute` inlines every
 * value into the SQL text in JavaScript first; for batches carrying mail
 * bodies that escaping, and PostgreSQL parsing the megabytes of SQL it
 * makes, were a large share of ingest time.
 */
export async function boundSql<T = Record<string, unknown>>(manager: EntityManager, sql: string, values: unknown[] = []): Promise<T[]> {
  const query = manager.getKnex().raw(sql, values as never[])
  const transaction = manager.getTransactionContext()
  if (transaction) {
    query.transacting(transaction)
  }
  const result = (await query) as { rows: T[] }
  return result.rows
}
