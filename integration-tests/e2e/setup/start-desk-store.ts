import { existsSync } from "node:fs"
import { Client } from "pg"
import { startDemoStore } from "../../helpers/demo-store"

/**
 * The e2e project's global setup: one demo store (`npm run demo`'s script, on
 * its own database and port) shared by the browser specs that use
 * `openDesk()`, so each spec does not pay a store's build and boot. Specs that
 * share it make their own data and never count rows they did not make.
 * admin.spec keeps a store of its own, because it checks the demo seed as a
 * newcomer first sees it.
 */
export const db = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || undefined,
}

export async function adminSql(sql: string) {
  const client = new Client({ ...db, database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export default async function startDeskStore() {
  const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
  // Without a browser every spec skips itself; a store would only cost time.
  if (!existsSync(chromium)) return
  const dbName = `helpdesk_desk_${Date.now()}`
  const port = 9100 + Math.floor(Math.random() * 800)
  await adminSql(`create database "${dbName}"`)
  const auth = db.password ? `${db.user}:${db.password}` : db.user
  const databaseUrl = `postgres://${auth}@${db.host}:${db.port}/${dbName}`
  const store = await startDemoStore({
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    HELPDESK_MAIL_CRON: "off",
  })
  // Workers are started after this and inherit the environment.
  process.env.HELPDESK_DESK_URL = store.url
  // The specs that start a store of their own use this build.
  process.env.HELPDESK_DEMO_SKIP_BUILD = "1"
  // For specs that must plant what no API makes (e.g. a stored mail with hostile HTML).
  process.env.HELPDESK_DESK_DATABASE_URL = databaseUrl
  ;(globalThis as Record<string, unknown>).__helpdeskDeskStore = { store, dbName }
}
