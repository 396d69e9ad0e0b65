// Databases of the ingest benchmarks, on the PostgreSQL server usePostgres found.
import pg from "pg"
import { ensureDatabase, urlFor } from "../../scripts/lib/postgres.mjs"

/** Drops database `name` and makes it anew: empty, or as a copy of `template`. */
export async function resetDatabase(server, name, template = null) {
  const admin = new pg.Client({ connectionString: urlFor(server, "postgres") })
  await admin.connect()
  try {
    await admin.query(`drop database if exists ${name} with (force)`)
    if (template) await admin.query(`create database ${name} template ${template}`)
  } finally {
    await admin.end()
  }
  if (!template) await ensureDatabase(server, name)
}

/** The URL of database `name`: on DATABASE_URL's server when one is given. */
export function databaseUrl(server, name) {
  return process.env.DATABASE_URL ? process.env.DATABASE_URL.replace(/\/[^/]*$/, `/${name}`) : urlFor(server, name)
}
