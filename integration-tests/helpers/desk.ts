import { mkdtempSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { BrowserContext, Page } from "playwright-core"
import { hasChromium, launchChromium } from "./chromium"

export { hasChromium }
export const ADMIN_EMAIL = "admin@example.com"
export const ADMIN_PASSWORD = "supersecret"

type Api = <T = any>(route: string, init?: { method?: string; body?: unknown }) => Promise<T>

/** The admin API with a bearer token; errors throw with the status and body. */
function apiAs(url: string, token: string): Api {
  return async (route, init = {}) => {
    const res = await fetch(`${url}${route}`, {
      method: init.method ?? (init.body ? "POST" : "GET"),
      headers: { authorization: `Bearer ${token}`, ...(init.body ? { "content-type": "application/json" } : {}) },
      body: init.body ? JSON.stringify(init.body) : undefined,
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`${init.method ?? "GET"} ${route}: ${res.status} ${text}`)
    return (text ? JSON.parse(text) : undefined) as any
  }
}

async function post(url: string, route: string, body: unknown, token?: string) {
  const res = await fetch(`${url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw new Error(`POST ${route}: ${res.status} ${await res.text()}`)
  return res.json() as Promise<any>
}

export interface Agent {
  id: string
  email: string
  /** The admin API as this agent. */
  api: Api
}

export interface Desk {
  /** The shared demo store, e.g. http://localhost:9345 */
  url: string
  browser: BrowserContext
  /** A page logged in to the admin as admin@example.com. */
  page: Page
  /** The admin API as the same user: `await desk.api("/admin/helpdesk/tickets", { method: "POST", body: {...} })`. */
  api: Api
  /** A second admin user, made as the admin makes one (invite, register, accept). */
  inviteAgent: (person: { email: string; first_name: string; last_name: string; password?: string }) => Promise<Agent>
  close: () => Promise<void>
}

/** `SCREENSHOT_DIR=$PWD/docs/screenshots npm run test:e2e` refreshes the README's pictures. */
export async function screenshot(page: Page, name: string) {
  if (process.env.SCREENSHOT_DIR) {
    await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR, name) })
  }
}

/**
 * Opens the shared demo store's admin (started by the e2e project's global
 * setup) in a fresh Chromium and logs in. Call in `beforeAll`, `close()` in
 * `afterAll`; wrap the suite in `(hasChromium ? describe : describe.skip)`.
 */
export async function openDesk(viewport = { width: 1440, height: 900 }): Promise<Desk> {
  const url = process.env.HELPDESK_DESK_URL
  if (!url) throw new Error("No shared demo store: run the spec through `npm run test:e2e` (its global setup starts it)")

  const { token } = await post(url, "/auth/user/emailpass", { email: ADMIN_EMAIL, password: ADMIN_PASSWORD })
  const api = apiAs(url, token)
  const inviteAgent: Desk["inviteAgent"] = async ({ password = "agent-secret-1", ...person }) => {
    const { invite } = await api("/admin/invites", { body: { email: person.email } })
    const registration = await post(url, "/auth/user/emailpass/register", { email: person.email, password })
    const { user } = await post(url, `/admin/invites/accept?token=${invite.token}`, person, registration.token)
    const session = await post(url, "/auth/user/emailpass", { email: person.email, password })
    return { id: user.id, email: person.email, api: apiAs(url, session.token) }
  }

  const browser = await launchChromium(mkdtempSync(path.join(os.tmpdir(), "helpdesk-desk-")), viewport)
  const page = await browser.newPage()
  // The first load of a store compiles the admin bundle.
  await page.goto(`${url}/app/login`, { timeout: 300_000 })
  await page.fill('input[name="email"]', ADMIN_EMAIL, { timeout: 300_000 })
  await page.fill('input[name="password"]', ADMIN_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.endsWith("/login"), { timeout: 120_000 })
  return { url, browser, page, api, inviteAgent, close: () => browser.close() }
}
