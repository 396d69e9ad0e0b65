import type { Page } from "playwright-core"
import { Desk, hasChromium, openDesk, screenshot } from "../helpers/desk"

jest.setTimeout(900_000)

/** Names this run makes, so the shared store's other rows never count. */
const run = Date.now().toString(36)
const MAILBOX = `Team spec ${run}`
const DEPARTMENT = `Returns desk ${run}`

const SAM = { email: `sam-${run}@example.com`, password: "sam-secret-42", first_name: "Sam", last_name: `Lead ${run}` }
const SAM_NAME = `${SAM.first_name} ${SAM.last_name}`

const tab = (page: Page, name: string) => page.getByRole("navigation", { name: "Helpdesk settings" }).getByRole("link", { name })
const toast = (page: Page, text: string | RegExp) => page.getByText(text).first().waitFor({ timeout: 30_000 })

;(hasChromium ? describe : describe.skip)("Settings → Helpdesk: general, departments and agents, notifications", () => {
  let desk: Desk
  let page: Page
  let me: { id: string; email: string; first_name: string | null; last_name: string | null }
  let mailboxId: string
  let before: { default_mailbox_id: string | null; supervisor_user_ids: string[] }
  let sam: { id: string; api: Desk["api"] } | undefined
  let assignedBefore: boolean

  beforeAll(async () => {
    desk = await openDesk()
    page = desk.page
    me = (await desk.api("/admin/users/me")).user
    before = (await desk.api("/admin/helpdesk/settings")).settings
    assignedBefore = (await desk.api("/admin/helpdesk/notification-preferences")).notification_preferences.assigned
    // Disabled: the mail job must not try to reach this server.
    const { mailbox } = await desk.api("/admin/helpdesk/mailboxes", {
      body: { name: MAILBOX, address: `team-${run}@example.com`, enabled: false, imap_host: "imap.invalid", imap_user: "team" },
    })
    mailboxId = mailbox.id
  })

  afterAll(async () => {
    // Leave the shared store as this spec found it.
    if (desk) {
      if (sam) {
        // Sam may be the only supervisor now: Sam gives the rights back, then goes.
        await sam.api("/admin/helpdesk/settings", { body: { supervisor_user_ids: before.supervisor_user_ids } }).catch(() => undefined)
        await desk.api(`/admin/users/${sam.id}`, { method: "DELETE" }).catch(() => undefined)
      }
      await desk.api("/admin/helpdesk/settings", { body: { default_mailbox_id: before?.default_mailbox_id ?? null } }).catch(() => undefined)
      await desk.api("/admin/helpdesk/notification-preferences", { body: { assigned: assignedBefore ?? true } }).catch(() => undefined)
      const { departments } = await desk.api("/admin/helpdesk/departments").catch(() => ({ departments: [] }))
      for (const d of departments.filter((d: { name: string }) => d.name === DEPARTMENT)) {
        await desk.api(`/admin/helpdesk/departments/${d.id}`, { method: "DELETE" }).catch(() => undefined)
      }
      if (mailboxId) await desk.api(`/admin/helpdesk/mailboxes/${mailboxId}`, { method: "DELETE" }).catch(() => undefined)
      await desk.close()
    }
  })

  it("opens Settings → Helpdesk from the settings sidebar", async () => {
    await page.goto(`${desk.url}/app/settings`)
    await page.getByRole("link", { name: "Helpdesk", exact: true }).first().click()
    await page.waitForURL(/\/app\/settings\/helpdesk$/)
    await tab(page, "General").waitFor()
    // The startup options are shown read-only.
    await page.getByTestId("general-options").getByText("Ticket tag in mail subjects").waitFor()
  })

  it("changes the default mailbox and keeps it after a reload", async () => {
    await page.getByRole("combobox", { name: "Default mailbox" }).click()
    await page.getByRole("option", { name: new RegExp(MAILBOX) }).click()
    await page.getByTestId("general-settings-form").getByRole("button", { name: "Save" }).click()
    await toast(page, "Settings saved")
    expect((await desk.api("/admin/helpdesk/settings")).settings.default_mailbox_id).toBe(mailboxId)

    await page.reload()
    await page.getByRole("combobox", { name: "Default mailbox" }).getByText(MAILBOX).waitFor({ timeout: 60_000 })
    await screenshot(page, "settings-general.png")
  })

  it("creates a department and adds the signed-in agent to it", async () => {
    await tab(page, "Departments and agents").click()
    await page.waitForURL(/\/app\/settings\/helpdesk\/departments$/)
    await page.getByRole("button", { name: "Add department" }).click()
    await page.getByLabel("Name", { exact: true }).fill(DEPARTMENT)
    await page.getByRole("button", { name: "Save" }).click()
    await toast(page, `Department ${DEPARTMENT} added`)

    const row = page.getByTestId("department-row").filter({ hasText: DEPARTMENT })
    await row.getByText("No members").waitFor()
    await row.getByRole("button", { name: "Members" }).click()
    const name = [me.first_name, me.last_name].filter(Boolean).join(" ") || me.email
    const member = page.getByRole("switch", { name, exact: true })
    await member.click()
    await toast(page, `${name} added to ${DEPARTMENT}`)
    await page.waitForFunction(
      (label) => document.querySelector(`button[role=switch][aria-label="${label}"]`)?.getAttribute("aria-checked") === "true",
      name
    )
    await page.keyboard.press("Escape")
    await page.getByRole("dialog").first().waitFor({ state: "detached" })

    await row.getByTestId("department-members").getByText(name).waitFor()
    // The agents list shows the department beside the agent.
    await page.getByTestId("agent-row").filter({ hasText: me.email }).getByText(DEPARTMENT).waitFor()
    const { departments } = await desk.api("/admin/helpdesk/departments")
    const saved = departments.find((d: { name: string }) => d.name === DEPARTMENT)
    expect(saved.members.map((m: { user_id: string }) => m.user_id)).toEqual([me.id])
    await screenshot(page, "settings-departments.png")
  })

  it("deletes the department after asking", async () => {
    await page.getByRole("button", { name: `Actions for ${DEPARTMENT}` }).click()
    await page.getByRole("menuitem", { name: "Delete" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Delete" }).click()
    await toast(page, "Department deleted")
    await page.getByTestId("department-row").filter({ hasText: DEPARTMENT }).waitFor({ state: "detached" })
  })

  it("toggles a notification preference and keeps it after a reload", async () => {
    await tab(page, "Notifications").click()
    await page.waitForURL(/\/app\/settings\/helpdesk\/notifications$/)
    const assigned = page.getByRole("switch", { name: "A ticket is assigned to me" })
    const was = (await assigned.getAttribute("aria-checked")) === "true"
    expect(was).toBe(assignedBefore)
    await assigned.click()
    await toast(page, was ? "You will not be notified: A ticket is assigned to me" : "You will be notified: A ticket is assigned to me")

    await page.reload()
    const after = page.getByRole("switch", { name: "A ticket is assigned to me" })
    await after.waitFor({ timeout: 60_000 })
    expect(await after.getAttribute("aria-checked")).toBe(String(!was))
    expect((await desk.api("/admin/helpdesk/notification-preferences")).notification_preferences.assigned).toBe(!was)
    await screenshot(page, "settings-notifications.png")
  })

  it("says only supervisors can change this once another agent is named supervisor", async () => {
    expect(before.supervisor_user_ids).toEqual([])
    sam = await desk.inviteAgent(SAM)
    await tab(page, "Departments and agents").click()
    await page.waitForURL(/\/app\/settings\/helpdesk\/departments$/)
    // The list of agents is cached for minutes; Sam is new.
    await page.reload()
    await page.getByRole("switch", { name: `Supervisor: ${SAM_NAME}` }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Name" }).click()
    await toast(page, `${SAM_NAME} is now a supervisor`)

    const notice = page.getByTestId("supervisor-only")
    await notice.getByText("Only supervisors can change this").waitFor()
    await notice.getByText(SAM_NAME).waitFor()
    expect(await page.getByRole("button", { name: "Add department" }).isDisabled()).toBe(true)
    await page.getByTestId("agent-row").filter({ hasText: SAM.email }).getByText("Supervisor", { exact: true }).waitFor()
    await screenshot(page, "settings-not-supervisor.png")

    await tab(page, "General").click()
    await page.getByTestId("your-role").getByText("Agent").waitFor()
    expect(await page.getByTestId("general-settings-form").getByRole("button", { name: "Save" }).isDisabled()).toBe(true)
    // The server agrees: the admin is refused, Sam is not.
    await expect(desk.api("/admin/helpdesk/settings", { body: { default_mailbox_id: null } })).rejects.toThrow(/403/)
    await sam.api("/admin/helpdesk/settings", { body: { supervisor_user_ids: [] } })
    await page.reload()
    await page.getByTestId("your-role").getByText("Supervisor").waitFor({ timeout: 60_000 })
    expect(await page.getByTestId("supervisor-only").count()).toBe(0)
  })
})
