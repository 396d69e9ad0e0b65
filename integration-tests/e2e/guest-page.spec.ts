import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BrowserContext, chromium } from "playwright-core"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { createTicketsWorkflow, requestListUrl } from "../../src/workflows"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) {
  // Reason for the skip: the page is only proven by a real browser posting its form.
  console.warn(`Guest page end-to-end suite skipped: Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`)
}

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    ;(hasChromium ? describe : describe.skip)("the guest \"My requests\" pages, in Chromium", () => {
      let browser: BrowserContext
      let dir: string

      beforeAll(async () => {
        dir = mkdtempSync(path.join(os.tmpdir(), "helpdesk-guest-chromium-"))
        browser = await chromium.launchPersistentContext(path.join(dir, "profile"), {
          executablePath: CHROMIUM,
          headless: true,
          args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
          viewport: { width: 390, height: 844 },
        })
      })

      afterAll(async () => {
        await browser?.close()
        rmSync(dir, { recursive: true, force: true })
      })

      it("opens the guest link, opens a request, replies with a file, and sees both on the page and in the database", async () => {
        const container = getContainer()
        const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
        const { result } = await createTicketsWorkflow(container).run({
          input: {
            actor: { type: "customer", id: null },
            tickets: [
              {
                subject: "Scratched table",
                channel: "form",
                contact_email: "guest@example.org",
                message: { body_text: "The table arrived scratched.", author_type: "customer" },
              },
            ],
          },
        })
        const ticket = await helpdesk.retrieveTicket(result[0].id, { select: ["id", "number"] })
        const link = new URL(await requestListUrl(container, "guest@example.org")).pathname
        const photo = path.join(dir, "scratch.png")
        writeFileSync(photo, Buffer.from("89504e470d0a1a0a", "hex"))

        const page = await browser.newPage()
        await page.goto(`${api.defaults.baseURL}${link}`)
        await page.getByRole("heading", { name: "My requests" }).waitFor()
        await page.getByRole("link", { name: `#${ticket.number} Scratched table` }).click()
        await page.getByRole("heading", { name: `Request #${ticket.number}: Scratched table` }).waitFor()
        expect(await page.getByText("The table arrived scratched.").count()).toBe(1)

        await page.getByLabel("Your message").fill("Here is a photo of the scratch.")
        await page.getByLabel("Attach files (optional)").setInputFiles(photo)
        await page.getByRole("button", { name: "Send" }).click()

        await page.getByRole("status").filter({ hasText: "Your message was sent." }).waitFor()
        expect(new URL(page.url()).pathname).toBe(`${link}/tickets/${ticket.number}`)
        expect(await page.getByText("Here is a photo of the scratch.").count()).toBe(1)
        const file = page.getByRole("link", { name: "scratch.png" })
        expect(await file.count()).toBe(1)

        const messages = await helpdesk.listTicketMessages(
          { ticket_id: ticket.id, author_type: "customer" },
          { relations: ["attachments"], order: { created_at: "ASC" } }
        )
        expect(messages.map((m) => [m.body_text, (m.attachments ?? []).map((a) => a.filename)])).toEqual([
          ["The table arrived scratched.", []],
          ["Here is a photo of the scratch.", ["scratch.png"]],
        ])
        // The link downloads the very bytes through the plugin.
        const download = await page.request.get(new URL((await file.getAttribute("href"))!, page.url()).toString())
        expect(download.status()).toBe(200)
        expect((await download.body()).toString("hex")).toBe("89504e470d0a1a0a")
      })
    })
  },
})
