import type { Locator } from "playwright-core"
import { Desk, hasChromium, openDesk, screenshot } from "../helpers/desk"

jest.setTimeout(900_000)

/** Settings → Helpdesk → Forms (SPEC F-FORMS): the builder, its live preview and the codes that publish a form. */
;(hasChromium ? describe : describe.skip)("the form builder, in Chromium", () => {
  let desk: Desk
  const name = `Repair request ${Date.now()}`
  let formId: string | undefined

  beforeAll(async () => {
    desk = await openDesk()
    await desk.browser.grantPermissions(["clipboard-read", "clipboard-write"], { origin: desk.url })
  })

  afterAll(async () => {
    if (formId) await desk.api(`/admin/helpdesk/forms/${formId}`, { method: "DELETE" }).catch(() => undefined)
    await desk?.close()
  })

  it("builds a form with two fields, previews, saves, keeps them on reload, and publishes working codes", async () => {
    const { page, url } = desk
    await page.goto(`${url}/app/settings/helpdesk/forms`)
    await page.getByRole("heading", { name: "Forms", exact: true }).waitFor({ timeout: 120_000 })

    await page.getByRole("button", { name: "New form" }).click()
    await page.locator("#new-form-name").fill(name)
    await page.getByRole("button", { name: "Create and open" }).click()
    await page.waitForURL(/\/settings\/helpdesk\/forms\/hdform_/)
    formId = new URL(page.url()).pathname.split("/").pop()!
    await page.getByRole("heading", { name, level: 1 }).waitFor()
    const cards = page.getByTestId("form-field-card")
    expect(await cards.count()).toBe(4)

    // A required text field: its key comes from the English label.
    await page.getByRole("button", { name: "Add field" }).click()
    await page.locator('[id="fields.4.label_en"]').fill("Serial number")
    await page.locator('[id="fields.4.label_ru"]').fill("Серийный номер")
    await page.locator('[id="fields.4.help_en"]').fill("On the sticker under the kettle")
    await page.locator('[id="fields.4.required"]').click()
    // An optional date field.
    await page.getByRole("button", { name: "Add field" }).click()
    await page.locator('[id="fields.5.label_en"]').fill("Purchase date")
    await page.locator('[id="fields.5.type"]').click()
    await page.getByRole("option", { name: "Date", exact: true }).click()

    const preview = page.getByTestId("form-preview")
    await hasText(preview.locator('label[for="preview-serial_number"]'), "Serial number *")
    await hasText(preview.locator('label[for="preview-purchase_date"]'), "Purchase date")
    expect(await preview.locator('input#preview-purchase_date[type="date"]').count()).toBe(1)
    await hasText(preview.locator("#preview-serial_number-help"), "On the sticker under the kettle")
    expect(await preview.locator("#preview-serial_number").getAttribute("aria-describedby")).toBe("preview-serial_number-help")
    expect(await page.getByText("Unsaved changes", { exact: false }).count()).toBeGreaterThan(0)

    await page.getByRole("button", { name: "Save", exact: true }).click()
    await page.getByText("Form saved").first().waitFor()
    const { form } = await desk.api(`/admin/helpdesk/forms/${formId}`)
    expect(form.fields.slice(4)).toEqual([
      { key: "serial_number", type: "text", label: { en: "Serial number", ru: "Серийный номер" }, required: true, help: { en: "On the sticker under the kettle" } },
      { key: "purchase_date", type: "date", label: { en: "Purchase date" }, required: false },
    ])

    await page.reload()
    await page.getByRole("heading", { name, level: 1 }).waitFor({ timeout: 120_000 })
    expect(await cards.count()).toBe(6)
    await containsText(cards.nth(4), "Serial number")
    await containsText(cards.nth(5), "Purchase date")
    await hasText(page.getByTestId("form-preview").locator('label[for="preview-serial_number"]'), "Serial number *")
    await screenshot(page, "settings-form-builder.png")

    await page.getByRole("button", { name: "Copy the iframe code" }).click()
    await page.getByText("Copied to the clipboard").first().waitFor()
    const iframe = await page.evaluate(() => navigator.clipboard.readText())
    expect(iframe).toMatch(/^<iframe /)
    expect(iframe).toContain(`src="${url}/helpdesk/forms/${formId}?embed=1"`)

    const link = await page.getByTestId("embed-link").locator("a").getAttribute("href")
    expect(link).toBe(`${url}/helpdesk/forms/${formId}`)
    const hosted = await desk.browser.newPage()
    try {
      await hosted.goto(link!)
      await hosted.getByRole("heading", { name }).waitFor()
      expect(await hosted.locator("#hd-serial_number").getAttribute("required")).toBe("")
      expect(await hosted.locator("label[for=hd-serial_number]").innerText()).toContain("Serial number")
      expect(await hosted.locator("#hd-serial_number-help").innerText()).toBe("On the sticker under the kettle")
      expect(await hosted.locator("#hd-serial_number").getAttribute("aria-describedby")).toBe("hd-serial_number-help")
      expect(await hosted.locator("#hd-purchase_date").getAttribute("type")).toBe("date")
      expect(await hosted.locator("label[for=hd-purchase_date]").innerText()).toContain("Purchase date")
    } finally {
      await hosted.close()
    }
  })
})

/** Waits until `check` holds (the admin renders as it likes); fails naming `what`. */
async function until(check: () => Promise<boolean>, what: string, timeout = 30_000) {
  const deadline = Date.now() + timeout
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

const hasText = (locator: Locator, text: string) => until(async () => (await locator.innerText()).trim() === text, `"${text}" in ${locator}`)
const containsText = (locator: Locator, text: string) => until(async () => (await locator.innerText()).includes(text), `"${text}" within ${locator}`)
