import path from "node:path"
import type { HelpdeskOptionsInput } from "../../src/modules/helpdesk/options"

/**
 * Gives the helpdesk module of the app that medusaIntegrationTestRunner boots
 * in this test file other options than medusa-config.ts sets. Call it at the
 * top of the file: the runner loads medusa-config through jest's module
 * registry, which keeps the object patched here, and boots the app from it.
 * (The runner's `env` comes too late for options the config reads from the
 * environment: it is applied after the config file was first loaded.)
 */
export function useHelpdeskOptions(overrides: Partial<HelpdeskOptionsInput>): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const config = require(path.join(process.cwd(), "medusa-config"))
  const entry = Object.values(config.modules ?? {}).find(
    (m: any) => m && typeof m === "object" && m.resolve === "./src/modules/helpdesk"
  ) as { options?: Record<string, unknown> } | undefined
  if (!entry) throw new Error("medusa-config.ts has no ./src/modules/helpdesk module to give options to")
  entry.options = { ...entry.options, ...overrides }
}
