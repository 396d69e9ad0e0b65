import type { Page } from "playwright-core"
import { Desk, hasChromium, openDesk, screenshot } from "../helpers/desk"
import { DOVECOT_MISSING, hasDovecot, startDovecot } from "../mail/helpers/dovecot"
import { startSmtpSink } from "../mail/helpers/smtp-sink"

if (!hasChromium) {
  // Reason for the skip: the settings screens can only be driven by a real browser.
  console.warn("Settings content end-to-end suite skipped: Chromium not found. Install it with: apt-get install -y chromium")
}
if (!hasDovecot) {
  // Reason for the skip of the connection test: it needs a real IMAP server.
  console.warn(DOVECOT_MISSING)
}

jest.setTimeout(900_000)

// The shared store serves other specs too: everything here carries this run's mark.
const RUN = Date.now().toString(36)
const CANNED_TITLE = `Where is my parcel ${RUN}`
const TEMPLATES_MAILBOX = `Templates ${RUN}`
const TEMPLATES_SECRET = `tpl-secret-${RUN}`

const toast = (page: Page, text: string | RegExp) => page.locator("[data-sonner-toast]").filter({ hasText: text }).first()

/** Picks an option of a @medusajs/ui Select by its trigger's id. */
async function choose(page: Page, triggerId: string, option: string) {
  await page.locator(`#${triggerId}`).click()
  await page.getByRole("option", { name: option, exact: true }).click()
}

;(hasChromium ? describe : describe.skip)("Helpdesk settings: canned replies, mail templates, mailbox connection, workflow and audit log, in Chromium", () => {
  let desk: Desk

  beforeAll(async () => {
    desk = await openDesk()
  })
  afterAll(async () => {
    await desk?.close()
  })

  it("writes a canned reply with a variable and lists it for every agent", async () => {
    const { page, url } = desk
    await page.goto(`${url}/app/settings/helpdesk/canned-replies`)
    await page.getByRole("navigation", { name: "Helpdesk settings" }).getByRole("link", { name: "Canned replies" }).waitFor()
    await page.getByRole("button", { name: "Add canned reply" }).click()
    await page.fill("#canned-title", CANNED_TITLE)
    await page.fill("#canned-body", "Hello")
    await page.getByRole("button", { name: "{{CUSTOMER_NAME}}" }).click()
    expect(await page.locator("#canned-body").inputValue()).toBe("Hello {{CUSTOMER_NAME}}")
    await page.getByRole("button", { name: "Save", exact: true }).click()
    await toast(page, "Canned reply added").waitFor()
    await page.getByRole("dialog").waitFor({ state: "hidden" })

    const row = page.getByTestId("canned-reply-row").filter({ hasText: CANNED_TITLE })
    await row.waitFor()
    expect(await row.innerText()).toMatch(/Every agent[\s\S]*Hello \{\{CUSTOMER_NAME\}\}/)
    await screenshot(page, "settings-canned-replies.png")
  })

  it("changes a mailbox's template, sees the change in the preview, and resets it to the default", async () => {
    const { page, url } = desk
    const { mailbox } = await desk.api("/admin/helpdesk/mailboxes", {
      body: {
        name: TEMPLATES_MAILBOX,
        address: `templates-${RUN}@shop.test`,
        language: "en",
        enabled: false,
        imap_host: "127.0.0.1",
        imap_user: "nobody",
        imap_password: TEMPLATES_SECRET,
      },
    })
    await page.goto(`${url}/app/settings/helpdesk-mailboxes`)
    await page.getByTestId("mailbox-row").filter({ hasText: TEMPLATES_MAILBOX }).getByRole("button", { name: "Templates" }).click()
    await page.getByRole("navigation", { name: "Kinds of mail" }).getByRole("button", { name: /Closed automatically/ }).click()

    const subject = page.locator("#template-subject")
    const previewSubject = page.getByTestId("template-preview-subject")
    await previewSubject.filter({ hasText: "Your request has been closed: Where is my order #1042?" }).waitFor()
    const defaultSubject = await subject.inputValue()
    expect(defaultSubject).toBe("Your request has been closed: {{TICKET_SUBJECT}}")

    // The preview follows the draft, filled with sample values, before anything is saved.
    await subject.fill(`Closed #{{TICKET_NUMBER}} (${RUN})`)
    await previewSubject.filter({ hasText: `Closed #482913 (${RUN})` }).waitFor()
    await page.getByRole("button", { name: "Save", exact: true }).click()
    await toast(page, "Template saved").waitFor()
    await page.getByText("This mailbox's own text").waitFor()
    await screenshot(page, "settings-mail-templates.png")
    const saved = (await desk.api(`/admin/helpdesk/mailboxes/${mailbox.id}/templates`)).templates.find((t: { kind: string }) => t.kind === "auto_close")
    expect(saved.languages.en).toMatchObject({ subject: `Closed #{{TICKET_NUMBER}} (${RUN})`, overridden: true })
    expect(saved.languages.ru.overridden).toBe(false)

    // A variable this kind cannot fill: the preview says why instead of showing an empty value.
    await page.fill("#template-body", "Bye {{MY_NAME}}")
    await page.getByTestId("template-preview-problem").filter({ hasText: "{{MY_NAME}}" }).waitFor()

    await page.getByRole("button", { name: "Reset to default" }).click()
    await page.getByRole("alertdialog").getByRole("button", { name: "Reset to default" }).click()
    await toast(page, "The default text is back").waitFor()
    await page.getByText("Default text", { exact: true }).waitFor()
    expect(await subject.inputValue()).toBe(defaultSubject)
    await previewSubject.filter({ hasText: "Your request has been closed: Where is my order #1042?" }).waitFor()
    const reset = (await desk.api(`/admin/helpdesk/mailboxes/${mailbox.id}/templates`)).templates.find((t: { kind: string }) => t.kind === "auto_close")
    expect(reset.languages.en).toMatchObject({ subject: defaultSubject, overridden: false })
    await page.keyboard.press("Escape")
  })

  // Reason for the skip when Dovecot is missing: the test connects to a real IMAP server.
  ;(hasDovecot ? it : it.skip)("tests a mailbox's connection against Dovecot: it works, and with a wrong password it says so", async () => {
    const { page, url } = desk
    const dovecot = await startDovecot()
    const smtp = await startSmtpSink()
    const name = `Connection ${RUN}`
    try {
      await dovecot.addUser(`conn${RUN}`, "right-pass")
      await desk.api("/admin/helpdesk/mailboxes", {
        body: {
          name,
          address: `conn-${RUN}@shop.test`,
          enabled: false,
          imap_host: "127.0.0.1",
          imap_port: dovecot.port,
          imap_secure: false,
          imap_user: `conn${RUN}`,
          imap_password: "right-pass",
          smtp_host: smtp.host,
          smtp_port: smtp.port,
          smtp_secure: false,
        },
      })
      await page.goto(`${url}/app/settings/helpdesk-mailboxes`)
      const row = page.getByTestId("mailbox-row").filter({ hasText: name })
      await row.getByRole("button", { name: "Test connection" }).click()
      await toast(page, "Test connection: IMAP and SMTP both work").waitFor({ timeout: 60_000 })

      await row.getByRole("button", { name: "Edit" }).click()
      await page.fill("#imap_password", "wrong-pass")
      await page.getByRole("button", { name: "Save", exact: true }).click()
      await toast(page, "Mailbox saved").waitFor()
      await row.getByRole("button", { name: "Test connection" }).click()
      const verdict = toast(page, /Test connection: IMAP:/)
      await verdict.waitFor({ timeout: 60_000 })
      expect(await verdict.innerText()).toMatch(/refused the user name or password/)
      expect(await verdict.innerText()).not.toContain("SMTP:")
    } finally {
      await dovecot.stop()
      await smtp.stop()
    }
  })

  it("shows the statuses and which action moves which status where", async () => {
    const { page, url } = desk
    await page.goto(`${url}/app/settings/helpdesk/workflow`)
    const replyAndClose = page.getByTestId("workflow-action-row").filter({ hasText: "Reply and close" })
    await replyAndClose.waitFor()
    expect(await replyAndClose.innerText()).toMatch(/agent[\s\S]*Closed/)
    expect(await page.getByTestId("workflow-status-row").filter({ hasText: "pending_confirmation" }).innerText()).toContain("Pending confirmation")
    await screenshot(page, "settings-workflow.png")
  })

  it("lists the canned reply and the template change in the audit log, without the password", async () => {
    const { page, url } = desk
    await page.goto(`${url}/app/settings/helpdesk/audit-log`)
    const rows = page.getByTestId("audit-entry-row")
    await rows.first().waitFor()

    await choose(page, "audit-object-type", "Canned reply")
    const canned = rows.filter({ hasText: CANNED_TITLE }).first()
    await canned.waitFor()
    expect(await canned.innerText()).toMatch(/created[\s\S]*Canned reply/)
    expect(await canned.innerText()).toContain("Hello {{CUSTOMER_NAME}}")

    await choose(page, "audit-object-type", "Mail template")
    const template = rows.filter({ hasText: TEMPLATES_MAILBOX })
    // The save and the reset: newest first.
    await template.nth(1).waitFor()
    const more = template.nth(1).getByRole("button", { name: "Show all" })
    if (await more.count()) await more.click()
    expect(await template.nth(1).innerText()).toContain(`Closed #{{TICKET_NUMBER}} (${RUN})`)

    await choose(page, "audit-object-type", "Mailbox")
    // Until the new page arrives the template rows (same mailbox name) are still shown.
    const created = rows.filter({ hasText: TEMPLATES_MAILBOX }).filter({ hasText: "IMAP password" }).first()
    await created.waitFor()
    expect(await created.innerText()).toContain("IMAP password: changed (not shown)")
    expect(await page.content()).not.toContain(TEMPLATES_SECRET)
    await screenshot(page, "settings-audit-log.png")
  })
})
