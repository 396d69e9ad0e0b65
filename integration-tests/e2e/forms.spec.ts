import { mkdtempSync, rmSync } from "node:fs"
import { createServer, Server } from "node:http"
import { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { BrowserContext, FrameLocator, Locator, Page } from "playwright-core"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, createAdminUser } from "../helpers/admin"
import { CHROMIUM, hasChromium, launchChromium } from "../helpers/chromium"
import { useHelpdeskOptions } from "../helpers/helpdesk-options"

if (!hasChromium) {
  // Reason for the skip: CORS, frame-ancestors and the proof-of-work widget are only proven by a real browser.
  console.warn(`Web form end-to-end suite skipped: Chromium not found at ${CHROMIUM}. Install it with: apt-get install -y chromium`)
}

jest.setTimeout(300_000)

// The store must listen where publicUrl says: the embed script and the hosted
// page post to the absolute URLs built from it.
const port = 10_000 + Math.floor(Math.random() * 2_000)
const STORE = `http://localhost:${port}`
useHelpdeskOptions({
  publicUrl: STORE,
  // A script fills a form in milliseconds; the start token is still checked.
  formMinFillSeconds: 0,
  formRateLimitPerIp: 1_000,
  formRateLimitPerEmail: 1_000,
})

const FIELDS = [
  { key: "name", type: "text", label: { en: "Your name" } },
  { key: "email", type: "email", label: { en: "Email" }, required: true },
  { key: "subject", type: "text", label: { en: "Subject" }, required: true },
  { key: "message", type: "textarea", label: { en: "Message" }, required: true },
  {
    key: "topic",
    type: "select",
    label: { en: "Topic" },
    required: true,
    options: [
      { value: "delivery", label: { en: "Delivery" } },
      { value: "refund", label: { en: "Refund" } },
    ],
  },
  { key: "terms", type: "checkbox", label: { en: "I agree to the terms" }, required: true },
]

/** A site on another origin than the store: one page holding the JS embed and the iframe of a form. */
async function startSite(): Promise<{ origin: string; pageOf: (formId: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const id = new URL(req.url ?? "/", "http://site").searchParams.get("form")
    if (!id) return res.writeHead(404).end()
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(
      [
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>A shop's contact page</title></head><body>",
        `<section id="by-script"><h1>Write to us</h1><script src="${STORE}/helpdesk/forms/${id}/embed.js" async></script></section>`,
        `<section id="by-frame"><iframe title="Contact form" src="${STORE}/helpdesk/forms/${id}?embed=1" width="600" height="900"></iframe></section>`,
        "</body></html>",
      ].join("\n")
    )
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { origin, pageOf: (id) => `${origin}/?form=${id}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

/** Fills the form's fields as a person would, finding each by its label. */
async function fillForm(scope: Page | Locator | FrameLocator, values: { email: string; subject: string }) {
  await scope.getByLabel("Your name").fill("Nora Form")
  await scope.getByLabel("Email").fill(values.email)
  await scope.getByLabel("Subject").fill(values.subject)
  await scope.getByLabel("Message").fill("The parcel came back to you; please refund it.")
  await scope.getByLabel("Topic").selectOption({ label: "Refund" })
  await scope.getByLabel("I agree to the terms").check()
}

/**
 * Ticks the widget's "I'm not a robot" by its label, and waits for the proof
 * of work. Its label, not its box: the widget lays its invisible tick mark
 * over the box, and Playwright will not click an element something covers.
 */
async function solveAltcha(page: Page) {
  await page.locator("altcha-widget").getByText("I'm not a robot").click()
  await page.locator("altcha-widget [data-state=verified]").waitFor({ timeout: 60_000 })
  expect(await page.locator("altcha-widget input[type=hidden][name=altcha]").inputValue()).not.toBe("")
}

/**
 * The status codes the store answered with, by URL, as the network saw them:
 * a response the browser withholds from the page (CORS) still has one.
 */
async function watchStatuses(page: Page): Promise<(url: string) => number | undefined> {
  const urls = new Map<string, string>()
  const statuses = new Map<string, number>()
  const cdp = await page.context().newCDPSession(page)
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url))
  cdp.on("Network.responseReceivedExtraInfo", (e) => statuses.set(e.requestId, e.statusCode))
  await cdp.send("Network.enable")
  return (url) => [...urls].filter(([, u]) => u === url).map(([id]) => statuses.get(id)).find((s) => s !== undefined)
}

medusaIntegrationTestRunner({
  env: { PORT: String(port) },
  testSuite: ({ api, getContainer }) => {
    ;(hasChromium ? describe : describe.skip)("public web forms, in Chromium", () => {
      let browser: BrowserContext
      let profile: string
      let allowed: Awaited<ReturnType<typeof startSite>>
      let foreign: Awaited<ReturnType<typeof startSite>>
      let helpdesk: HelpdeskModuleService
      let page: Page

      beforeAll(async () => {
        expect(api.defaults.baseURL).toBe(STORE)
        expect(getContainer().resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions()).toMatchObject({
          publicUrl: STORE,
          formMinFillSeconds: 0,
          formRateLimitPerIp: 1000,
        })
        profile = mkdtempSync(path.join(os.tmpdir(), "helpdesk-forms-chromium-"))
        browser = await launchChromium(profile)
        allowed = await startSite()
        foreign = await startSite()
      })

      afterAll(async () => {
        await browser?.close()
        await allowed?.close()
        await foreign?.close()
        if (profile) rmSync(profile, { recursive: true, force: true })
      })

      beforeEach(async () => {
        helpdesk = getContainer().resolve(HELPDESK_MODULE)
        page = await browser.newPage()
      })

      afterEach(async () => {
        await page?.close()
      })

      /** A form made through the admin API, as a supervisor would make it. */
      const createForm = async (body: Record<string, unknown>) => {
        const { user, headers } = await createAdminUser(getContainer(), `sam-${Date.now()}@shop.test`)
        const res = await as(api, { id: user.id, headers }).post("/admin/helpdesk/forms", { name: "Contact", fields: FIELDS, ...body })
        expect(res.status).toBe(201)
        return res.data.form as { id: string }
      }
      const formTickets = () =>
        helpdesk.listTickets({ channel: "form" }, { select: ["id", "number", "channel", "subject", "contact_email", "custom_fields", "metadata"] })

      describe("GET /helpdesk/forms/:id, the hosted page with the ALTCHA check", () => {
        it("solves the check, sends the form and shows the ticket number; the ticket keeps the extra fields", async () => {
          const form = await createForm({ altcha_enabled: true })
          await page.goto(`${STORE}/helpdesk/forms/${form.id}`)
          await fillForm(page, { email: "nora@example.org", subject: "Refund for a returned parcel" })

          await solveAltcha(page)
          await page.getByRole("button", { name: "Send" }).click()

          const thanks = page.getByRole("status")
          await thanks.waitFor()
          const number = (await thanks.innerText()).match(/#(\d+)/)?.[1]
          expect(number).toBeDefined()
          expect(await formTickets()).toEqual([
            expect.objectContaining({
              number,
              channel: "form",
              subject: "Refund for a returned parcel",
              contact_email: "nora@example.org",
              custom_fields: { topic: "refund", terms: true },
              metadata: { form_id: form.id },
            }),
          ])
        })

        it("marks an empty required field with its error and makes no ticket", async () => {
          const form = await createForm({ altcha_enabled: true })
          await page.goto(`${STORE}/helpdesk/forms/${form.id}`)
          await fillForm(page, { email: "nora@example.org", subject: "Refund for a returned parcel" })
          await page.getByLabel("Subject").fill("")
          await solveAltcha(page)
          await page.getByRole("button", { name: "Send" }).click()

          const subject = page.getByLabel("Subject")
          await page.locator("#hd-subject[aria-invalid=true]").waitFor()
          expect(await subject.getAttribute("aria-describedby")).toBe("hd-subject-error")
          expect(await page.locator("#hd-subject-error").innerText()).toBe("This field is required.")
          expect(await page.getByRole("alert").innerText()).toBe("Please correct the fields marked below.")
          // The error moves focus to the field, so a screen reader announces what to fix.
          expect(await subject.evaluate((el) => el === document.activeElement)).toBe(true)
          expect(await page.locator("#hd-email[aria-invalid]").count()).toBe(0)
          expect(await formTickets()).toEqual([])
        })
      })

      describe("embeds on an allowed origin", () => {
        it("sends the JS embed and the iframe from the other origin, one ticket each", async () => {
          const form = await createForm({ altcha_enabled: false, allowed_origins: [allowed.origin] })
          await page.goto(allowed.pageOf(form.id))

          const embed = page.locator("#by-script")
          await embed.locator("form[data-helpdesk-form]").waitFor()
          await fillForm(embed, { email: "script@example.org", subject: "Sent from the JS embed" })
          await embed.getByRole("button", { name: "Send" }).click()
          await embed.getByRole("status").waitFor()
          expect(await embed.getByRole("status").innerText()).toMatch(/^Your request #\d+ has been received/)

          const frame = page.frameLocator("#by-frame iframe")
          await fillForm(frame, { email: "frame@example.org", subject: "Sent from the iframe" })
          await frame.getByRole("button", { name: "Send" }).click()
          await frame.getByRole("status").waitFor()

          const tickets = await formTickets()
          expect(tickets.map((t) => [t.subject, t.contact_email, t.custom_fields]).sort()).toEqual([
            ["Sent from the JS embed", "script@example.org", { topic: "refund", terms: true }],
            ["Sent from the iframe", "frame@example.org", { topic: "refund", terms: true }],
          ])
        })
      })

      describe("embeds on an origin the form does not allow", () => {
        it("loads no form by script, refuses a posted submission with 403, and is not framed", async () => {
          const form = await createForm({ altcha_enabled: false, allowed_origins: [allowed.origin] })
          const base = `${STORE}/helpdesk/forms/${form.id}`
          const consoleErrors: string[] = []
          page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()))
          const statusOf = await watchStatuses(page)
          const fragment = page.waitForEvent("requestfailed", (r) => r.url() === `${base}/fragment`)
          await page.goto(foreign.pageOf(form.id))

          // The script loads, but the browser withholds the form's markup it asked for.
          expect((await fragment).failure()?.errorText).toBe("net::ERR_FAILED")
          expect(statusOf(`${base}/fragment`)).toBe(403)
          expect(await page.locator("#by-script form").count()).toBe(0)

          // frame-ancestors names only the allowed origin: Chromium shows its error page instead.
          const child = page.frames().find((f) => f !== page.mainFrame())!
          expect(await child.locator("form[data-helpdesk-form]").count()).toBe(0)
          expect(consoleErrors.some((text) => text.includes("frame-ancestors"))).toBe(true)

          // A well-formed submission posted from this page (with a start token
          // the store handed out): the store answers 403 and makes no ticket.
          const schema = await api.get(`${base}/schema`)
          const read = await page.evaluate(
            async ({ url, token }) => {
              const body = new FormData()
              const fields = { email: "mallory@example.org", subject: "Spam", message: "Buy now", topic: "refund", terms: "on", start_token: token }
              for (const [key, value] of Object.entries(fields)) body.append(key, value)
              try {
                await fetch(url, { method: "POST", body, headers: { Accept: "application/json" } })
                return "read"
              } catch {
                return "blocked"
              }
            },
            { url: `${base}/submissions`, token: schema.data.bot_check.start_token as string }
          )
          expect(read).toBe("blocked")
          expect(statusOf(`${base}/submissions`)).toBe(403)
          expect(await formTickets()).toEqual([])
        })
      })
    })
  },
})
