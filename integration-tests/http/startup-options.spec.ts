import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { spawnSync } from "node:child_process"
import path from "node:path"

jest.setTimeout(180_000)

const root = path.resolve(__dirname, "../..")

/** Boots the repository's app in a real `medusa` process, as a store would start. */
function bootWith(databaseUrl: string, ticketNumberDigits: string, env: Record<string, string> = {}) {
  const result = spawnSync(
    path.join(root, "node_modules/.bin/medusa"),
    ["exec", "./integration-tests/fixtures/noop-script.ts"],
    {
      cwd: root,
      encoding: "utf8",
      timeout: 120_000,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        HELPDESK_TICKET_NUMBER_DIGITS: ticketNumberDigits,
        MEDUSA_DISABLE_TELEMETRY: "true",
        ...env,
      },
    }
  )
  return { code: result.status, output: `${result.stdout}${result.stderr}` }
}

medusaIntegrationTestRunner({
  testSuite: ({ dbConfig }) => {
    describe("starting a store with the plugin's options", () => {
      it("boots with valid options", () => {
        const { code, output } = bootWith(dbConfig.clientUrl, "8")
        expect(output).toContain("medusa-helpdesk: app booted")
        expect(code).toBe(0)
      })

      it("stops with a message naming the invalid option and what it allows", () => {
        const { code, output } = bootWith(dbConfig.clientUrl, "40")
        expect(code).not.toBe(0)
        expect(output).toContain(
          'medusa-helpdesk: invalid options: option "ticketNumberDigits": Too big: expected number to be <=12'
        )
        expect(output).not.toContain("medusa-helpdesk: app booted")
      })

      it("stops when the secret that encrypts mailbox passwords is shorter than 32 characters", () => {
        const { code, output } = bootWith(dbConfig.clientUrl, "6", { HELPDESK_SECRET: "only-twenty-chars-ok" })
        expect(code).not.toBe(0)
        expect(output).toContain('medusa-helpdesk: invalid options: option "secretKey": must be at least 32 characters')
        expect(output).not.toContain("medusa-helpdesk: app booted")
      })
    })
  },
})
