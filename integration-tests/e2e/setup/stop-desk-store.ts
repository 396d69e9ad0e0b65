import type { DemoStore } from "../../helpers/demo-store"
import { adminSql } from "./start-desk-store"

/** The e2e project's global teardown: stops the shared store and drops its database. */
export default async function stopDeskStore() {
  const shared = (globalThis as Record<string, unknown>).__helpdeskDeskStore as
    | { store: DemoStore; dbName: string }
    | undefined
  if (!shared) return
  if (shared.store.process.exitCode === null) await shared.store.stop()
  await adminSql(`drop database if exists "${shared.dbName}" with (force)`).catch(() => undefined)
}
