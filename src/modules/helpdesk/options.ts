import { z } from "@medusajs/framework/zod"

export const DEFAULT_TICKET_NUMBER_DIGITS = 6

export const HelpdeskOptionsSchema = z
  .object({
    /** Digits of a public ticket number (#123456). Random, so nobody can count requests. */
    ticketNumberDigits: z
      .number()
      .int()
      .min(2)
      .max(12)
      .default(DEFAULT_TICKET_NUMBER_DIGITS),
    /** Minutes without activity after which an agent's claim on a ticket lapses. */
    claimIdleMinutes: z.number().int().min(1).max(1440).default(15),
    /** Language of tickets that come from a channel without one of its own. */
    defaultLanguage: z.enum(["en", "ru"]).default("en"),
  })
  // A misspelt option would otherwise be ignored without a word.
  .strict()

export type HelpdeskOptionsInput = z.input<typeof HelpdeskOptionsSchema>
export type HelpdeskOptions = z.output<typeof HelpdeskOptionsSchema>

/** Medusa passes its own keys (and, for plugins, the plugin's options) along with ours. */
const HOST_KEYS = new Set(["database", "resources", "definition", "moduleDeclaration"])

/**
 * Parses the module's options, or throws one error that names every bad
 * option and says what it accepts, so startup stops with something to act on.
 */
export function parseHelpdeskOptions(raw: unknown): HelpdeskOptions {
  const input = Object.fromEntries(
    Object.entries((raw ?? {}) as Record<string, unknown>).filter(
      ([key]) => !HOST_KEYS.has(key)
    )
  )
  const result = HelpdeskOptionsSchema.safeParse(input)
  if (result.success) {
    return result.data
  }
  const problems = result.error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") {
      return `unknown option(s) ${issue.keys.map((k) => `"${k}"`).join(", ")}; allowed: ${Object.keys(
        HelpdeskOptionsSchema.shape
      ).join(", ")}`
    }
    const name = issue.path.join(".") || "(options)"
    return `option "${name}": ${issue.message}`
  })
  throw new Error(`medusa-helpdesk: invalid options: ${problems.join("; ")}`)
}
