import { existsSync, mkdtempSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "pg"
import { BrowserContext, chromium, Page } from "playwright-core"
import { DemoStore, portIsOpen, startDemoStore } from "../helpers/demo-store"
import { compose } from "../mail/helpers/compose"
import { DOVECOT_MISSING, hasDovecot, startDovecot } from "../mail/helpers/dovecot"

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"
const hasChromium = existsSync(CHROMIUM)
if (!hasDovecot) {
  console.warn(DOVECOT_MISSING)
}
if (!hasChromium) {
  // Reason for the skip: the admin can only be driven by a real browser.
  console.warn(
    `Admin end-to-end suite skipped: Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`
  )
}

jest.setTimeout(900_000)

const db = {
  host: process.env.DB_HOST || "localhost",
  port: Number(process.env.DB_PORT || 5432),
  user: process.env.DB_USERNAME || "postgres",
  password: process.env.DB_PASSWORD || undefined,
}
const dbName = `helpdesk_e2e_${Date.now()}`
const port = 9100 + Math.floor(Math.random() * 800)
/** `SCREENSHOT_DIR=$PWD/docs/screenshots npm run test:e2e` refreshes the README's pictures. */
const screenshot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, name) })
  }
}

/** The views beside the ticket list. */
const views = (page: Page) => page.getByRole("navigation", { name: "Ticket views" })

async function admin(sql: string) {
  const client = new Client({ ...db, database: "postgres" })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

;(hasChromium ? describe : describe.skip)("the demo store's admin, in Chromium", () => {
  let store: DemoStore
  let browser: BrowserContext
  let page: Page

  beforeAll(async () => {
    await admin(`create database "${dbName}"`)
    const auth = db.password ? `${db.user}:${db.password}` : db.user
    store = await startDemoStore({
      PORT: String(port),
      DATABASE_URL: `postgres://${auth}@${db.host}:${db.port}/${dbName}`,
      // The test presses "Check mail now" itself; the job must not collect first.
      HELPDESK_MAIL_CRON: "off",
    })
    browser = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), "helpdesk-chromium-")), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1440, height: 900 },
    })
    page = await browser.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    if (store?.process.exitCode === null) {
      await store.stop()
    }
    await admin(`drop database if exists "${dbName}" with (force)`).catch(() => undefined)
  })

  it("logs in and shows Helpdesk in the sidebar with the seeded tickets", async () => {
    // The first load compiles the admin bundle.
    await page.goto(`${store.url}/app/login`, { timeout: 300_000 })
    await page.fill('input[name="email"]', "admin@example.com", { timeout: 300_000 })
    await page.fill('input[name="password"]', "supersecret")
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 120_000 })

    await page.getByRole("link", { name: "Helpdesk" }).click()
    await page.waitForURL(/\/app\/helpdesk$/)
    await page.getByText("Where is my order?").waitFor({ timeout: 60_000 })
    for (const subject of ["Do you ship to Switzerland?", "Не пришёл чек по заказу", "Exchange the sweater for size L"]) {
      expect(await page.getByText(subject).count()).toBe(1)
    }
    expect(await page.locator("tbody tr").count()).toBe(5)
    await screenshot(page, "admin-tickets.png")
  })

  it("finds a ticket by its number", async () => {
    const row = page.locator("tbody tr", { hasText: "Do you ship to Switzerland?" })
    const number = (await row.innerText()).match(/#[1-9]\d{5}/)?.[0] ?? ""
    expect(number).toMatch(/^#[1-9]\d{5}$/)
    await page.getByPlaceholder("Number, email or subject").fill(number)
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 1)
    expect(await page.locator("tbody tr").first().innerText()).toContain("Do you ship to Switzerland?")
    await page.getByPlaceholder("Number, email or subject").fill("")
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 5)
  })

  it("opens a ticket for a customer from the New ticket form", async () => {
    await page.getByRole("button", { name: "New ticket" }).click()
    await page.getByRole("button", { name: "Open ticket" }).click()
    await page.getByText("Give the ticket a subject").waitFor()

    await page.fill("#subject", "Called about a missing parcel")
    await page.fill("#contact_email", "caller@example.com")
    await page.fill("#contact_name", "Carla Caller")
    await page.fill("#body_text", "Parcel shows delivered but never arrived.")
    await page.getByRole("button", { name: "Open ticket" }).click()

    await page.waitForURL(/\/app\/helpdesk\/tkt_/)
    await page.getByRole("heading", { name: "Called about a missing parcel" }).waitFor()
    expect(await page.getByText("Parcel shows delivered but never arrived.").count()).toBe(1)
    expect(await page.getByText("caller@example.com").count()).toBeGreaterThan(0)
    expect(await page.getByText(/^#[1-9]\d{5}$/).count()).toBe(1)
  })

  it("replies and closes, reopens, claims and notes from the ticket page", async () => {
    await page.getByRole("textbox", { name: "Message" }).fill("We have sent a replacement parcel.")
    await page.getByRole("button", { name: "Send and close" }).click()
    const reply = page.locator('[data-timeline-entry="message"]', { hasText: "We have sent a replacement parcel." })
    await reply.waitFor()
    // The demo store sends no mail: the reply says it reaches the customer only in their cabinet.
    expect(await reply.innerText()).toMatch(/Not sent by mail[\s\S]*No mailbox to send from/)
    await page.getByText("Closed", { exact: true }).first().waitFor()
    // A closed ticket offers Reopen and no longer offers a reply.
    expect(await page.getByRole("button", { name: "Send and close" }).count()).toBe(0)

    await page.getByRole("button", { name: "Reopen" }).click()
    await page.getByText("Reopened", { exact: true }).first().waitFor()
    await page.getByRole("button", { name: "Claim" }).click()
    await page.getByText("You are working on this ticket").waitFor()

    await page.getByRole("tab", { name: "Internal note" }).click()
    await page.getByRole("textbox", { name: "Note" }).fill("Courier reference 4471")
    await page.getByRole("button", { name: "Add note" }).click()
    await page.locator('[data-timeline-entry="note"]', { hasText: "Courier reference 4471" }).waitFor()
    expect(await page.locator('[data-timeline-entry="message"]', { hasText: "replacement parcel" }).innerText()).toContain(
      "admin@example.com"
    )
    await page.locator('[data-timeline-entry="event"]', { hasText: "Replied and closed" }).waitFor()
    await page.getByTestId("ticket-actions").getByRole("button", { name: "More actions" }).click()
    await page.getByRole("menuitem", { name: "Follow", exact: true }).click()
    await page.getByText("You follow this ticket").waitFor()
    await screenshot(page, "admin-ticket.png")
  })

  it("saves the current search as a view and applies it again", async () => {
    await page.getByRole("link", { name: "Helpdesk" }).click()
    await page.waitForURL(/\/app\/helpdesk$/)
    await page.getByPlaceholder("Number, email or subject").fill("Switzerland")
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 1)
    await page.getByRole("button", { name: "Save view" }).click()
    await page.getByLabel("View name").fill("Swiss questions")
    await page.getByRole("button", { name: "Save", exact: true }).click()
    await page.getByText('View "Swiss questions" saved').waitFor()

    await views(page).getByRole("button", { name: "All tickets", exact: true }).click()
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 6)
    await views(page).getByRole("button", { name: "Swiss questions", exact: true }).click()
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 1)
    expect(await page.locator("tbody tr").first().innerText()).toContain("Do you ship to Switzerland?")
  })

  it("closes several tickets at once from the list and says what was done", async () => {
    await views(page).getByRole("button", { name: "All tickets", exact: true }).click()
    await page.waitForFunction(() => document.querySelectorAll("tbody tr").length === 6)
    for (const subject of ["Do you ship to Switzerland?", "Exchange the sweater for size L"]) {
      await page.locator("tbody tr", { hasText: subject }).getByRole("checkbox").click()
    }
    await page.getByText("2 selected").waitFor()
    // The command bar's shortcut, as an agent working from the keyboard would.
    await page.keyboard.press("c")
    await page.getByText("2 tickets closed").waitFor()
    for (const subject of ["Do you ship to Switzerland?", "Exchange the sweater for size L"]) {
      // The status badge; the row's bulk result says "Closed" too.
      await page.locator("tbody tr", { hasText: subject }).locator('[data-bulk-result="ok"]', { hasText: "Closed" }).waitFor()
      await page.locator("tbody tr", { hasText: subject }).getByText("Closed", { exact: true }).first().waitFor()
    }
    expect(await page.getByText("2 selected").count()).toBe(0)
  })

  it("shows the customer's orders beside the ticket and refunds one from there", async () => {
    await page.locator("tbody tr", { hasText: "Where is my order?" }).click()
    await page.getByRole("heading", { name: "Where is my order?" }).waitFor()
    const panel = page.getByTestId("customer-orders")
    // Anna's two seeded orders: the ticket's own (paid, not shipped) first and open, and an older shipped one.
    await panel.getByTestId("panel-order").nth(1).waitFor({ timeout: 60_000 })
    expect(await panel.getByTestId("panel-order").count()).toBe(2)
    const linked = panel.locator('[data-testid="panel-order"][data-linked="true"]')
    expect(await linked.innerText()).toMatch(/this ticket's order[\s\S]*Captured[\s\S]*Not fulfilled/)
    expect(await linked.innerText()).toContain("Linen Shirt")
    const displayId = (await linked.innerText()).match(/Order #(\d+)/)![1]

    await linked.getByRole("button", { name: `Actions for Order #${displayId}` }).click()
    await page.getByRole("menuitem", { name: "Refund…" }).click()
    await page.getByRole("button", { name: "Refund", exact: true }).click()
    await page.getByText(`Refund on Order #${displayId} recorded`).waitFor()
    await linked.getByText("Refunded", { exact: true }).waitFor()
    await page.locator('[data-timeline-entry="event"]', { hasText: `#${displayId}` }).first().waitFor()

    // Medusa itself says so, not only the panel.
    const orderId = (await linked.getByRole("link", { name: "Open in Orders" }).getAttribute("href"))!.split("/").pop()
    const paymentStatus = await page.evaluate(async (id) => {
      const res = await fetch(`/admin/orders/${id}?fields=payment_status`, { credentials: "include" })
      return (await res.json()).order.payment_status
    }, orderId)
    expect(paymentStatus).toBe("refunded")

    // Medusa's own rules hold: a shipped order cannot be cancelled, and the agent is told why.
    const shipped = panel.locator('[data-testid="panel-order"]:not([data-linked])')
    const shippedId = (await shipped.innerText()).match(/Order #(\d+)/)![1]
    await shipped.getByRole("button", { name: `Actions for Order #${shippedId}` }).click()
    await page.getByRole("menuitem", { name: "Cancel order" }).click()
    await page.getByRole("button", { name: "Cancel order" }).click()
    await page.locator("[data-sonner-toast]").filter({ hasText: /fulfill/i }).waitFor()
    await screenshot(page, "admin-ticket-orders.png")
    await page.getByRole("link", { name: "Helpdesk" }).click()
    await page.waitForURL(/\/app\/helpdesk$/)
  })

  // Reason for the skip when Dovecot is missing: the page collects from a real IMAP server.
  ;(hasDovecot ? it : it.skip)("adds a mailbox, checks its mail and shows its health and mail log", async () => {
    const dovecot = await startDovecot()
    try {
      await dovecot.addUser("shop", "imap-pass")
      await dovecot.deliver("shop", "imap-pass", [
        await compose({ from: '"Mia Mail" <mia@example.com>', to: "shop@shop.test", subject: "Mail from the e2e test", text: "Hello by mail" }),
        "no headers here, just words\r\n",
      ])
      await page.goto(`${store.url}/app/settings/helpdesk-mailboxes`)
      await page.getByRole("button", { name: "Add mailbox" }).click()
      await page.fill("#address", "shop@shop.test")
      await page.fill("#imap_host", "127.0.0.1")
      await page.fill("#imap_port", String(dovecot.port))
      await page.locator("#imap_secure").click()
      await page.fill("#imap_user", "shop")
      await page.fill("#imap_password", "imap-pass")
      await page.getByRole("button", { name: "Save", exact: true }).click()
      await page.getByText("Mailbox added").waitFor()

      const row = page.getByTestId("mailbox-row")
      await row.getByRole("button", { name: "Test connection" }).click()
      // IMAP works; no SMTP server is set yet, and the toast says so.
      const verdict = page.locator("[data-sonner-toast]").filter({ hasText: "Test connection" })
      await verdict.waitFor().catch(async (error) => {
        await page.screenshot({ path: path.join(os.tmpdir(), "helpdesk-e2e-mailbox-test.png") })
        throw error
      })
      expect(await verdict.innerText()).toContain("No outgoing (SMTP) server is set")
      expect(await verdict.innerText()).not.toContain("IMAP:")
      await row.getByRole("button", { name: "Check mail now" }).click()
      await page.getByText("2 new: 1 imported, 0 skipped, 1 unprocessable").waitFor({ timeout: 60_000 })
      await row.getByText("1 imported").waitFor()
      await row.getByText("1 unprocessable").waitFor()
      await screenshot(page, "admin-mailboxes.png")

      await row.getByRole("button", { name: "Mail log" }).click()
      await page.getByTestId("inbound-mail-row").getByText(/could not be read/).waitFor()
      await page.keyboard.press("Escape")
      await page.goto(`${store.url}/app/helpdesk`)
      await page.getByText("Mail from the e2e test").waitFor()

      // Mail that arrives while the list is open comes in with "Refresh now", without waiting for the mail job.
      await dovecot.deliver("shop", "imap-pass", [
        await compose({ from: "noah@example.com", to: "shop@shop.test", subject: "Arrived a moment ago", text: "Fresh mail" }),
      ])
      await page.getByRole("button", { name: "Refresh now" }).click()
      await page.getByText("Mail checked: 1 new message").waitFor({ timeout: 60_000 })
      await page.getByText("Arrived a moment ago").waitFor()
    } finally {
      await dovecot.stop()
    }
  })

  it("stops on Ctrl-C and leaves no server on its port", async () => {
    const code = await store.stop()
    expect(code).toBe(0)
    expect(await portIsOpen(port)).toBe(false)
  })
})
