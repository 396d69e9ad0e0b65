import type { Page } from "playwright-core"
import { Desk, hasChromium, openDesk, screenshot } from "../helpers/desk"

jest.setTimeout(900_000)

if (!hasChromium) {
  // Reason for the skip: the editor, drag and drop and the selection are only proven by a real browser.
  console.warn("Composer end-to-end suite skipped: no Chromium (apt-get install -y chromium).")
}

const run = Date.now()
const SUBJECT = `Parcel stuck in Leipzig ${run}`
const CANNED_TITLE = `Parcel on its way ${run}`
const CUSTOMER_TEXT = "My parcel never arrived. Tracking says it is stuck in Leipzig since Monday."

;(hasChromium ? describe : describe.skip)("the ticket composer (tiptap editor, files, canned replies, quote), in Chromium", () => {
  let desk: Desk
  let page: Page
  let ticket: { id: string; number: string }

  const panel = (mode: "reply" | "note") => page.locator(`[data-composer="${mode}"]`)
  const messageBox = () => page.getByRole("textbox", { name: "Message", exact: true })
  const ticketMessages = async () =>
    (await desk.api<{ ticket: { messages: any[] } }>(`/admin/helpdesk/tickets/${ticket.id}`)).ticket.messages

  beforeAll(async () => {
    desk = await openDesk()
    page = desk.page
    await desk.api("/admin/helpdesk/canned-replies", {
      body: { title: CANNED_TITLE, body: "Hello {{CUSTOMER_NAME}},\n\nyour parcel for request #{{TICKET_NUMBER}} is on its way again." },
    })
    ;({ ticket } = await desk.api("/admin/helpdesk/tickets", {
      body: {
        subject: SUBJECT,
        contact_email: `cora-${run}@example.com`,
        contact_name: "Cora Composer",
        message: { body_text: CUSTOMER_TEXT },
      },
    }))
    await page.goto(`${desk.url}/app/helpdesk/${ticket.id}`)
    await page.getByRole("heading", { name: SUBJECT }).waitFor({ timeout: 120_000 })
  })

  afterAll(async () => {
    await desk?.close()
  })

  it("writes a reply from a canned reply, bold text and a dropped file, shows where it goes, and sends it", async () => {
    await messageBox().waitFor()
    // The demo store has no mailbox: the preview says so instead of showing a signature.
    await panel("reply").locator("[data-signature-preview]", { hasText: "No mailbox to send from" }).waitFor()

    await page.getByRole("combobox", { name: "Canned reply" }).click()
    await page.getByRole("option", { name: CANNED_TITLE }).click()
    await messageBox().getByText(`your parcel for request #${ticket.number} is on its way again.`).waitFor()
    expect(await messageBox().innerText()).toContain("Hello Cora Composer,")

    await messageBox().press("Control+End")
    await page.keyboard.press("Enter")
    await page.getByRole("button", { name: "Bold", exact: true }).click()
    await page.keyboard.type("Tracking: DE123")
    expect(await messageBox().locator("strong").innerText()).toBe("Tracking: DE123")

    // A file dropped on the editor, as the browser hands it over.
    const dataTransfer = await page.evaluateHandle(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(["waybill DE123"], "waybill.txt", { type: "text/plain" }))
      return transfer
    })
    const zone = panel("reply").locator("[data-composer-dropzone]")
    await zone.dispatchEvent("dragover", { dataTransfer })
    await zone.dispatchEvent("drop", { dataTransfer })
    await panel("reply").locator('[data-composer-file="waybill.txt"]').waitFor()
    // One picked by mistake through the file picker, then removed.
    await panel("reply").locator('input[type="file"]').setInputFiles({ name: "wrong.txt", mimeType: "text/plain", buffer: Buffer.from("oops") })
    await page.getByRole("button", { name: "Remove wrong.txt" }).click()
    expect(await panel("reply").locator("[data-composer-file]").count()).toBe(1)
    await screenshot(page, "admin-composer.png")

    await page.getByRole("button", { name: "Send", exact: true }).click()
    const reply = page.locator('[data-timeline-entry="message"]', { hasText: "Tracking: DE123" })
    await reply.waitFor()
    await reply.getByRole("link", { name: /waybill\.txt/ }).waitFor()
    expect((await messageBox().innerText()).trim()).toBe("")

    const sent = (await ticketMessages()).find((m) => m.kind === "message" && m.author_type === "agent")
    expect(sent.body_html).toContain("<strong>Tracking: DE123</strong>")
    expect(sent.body_text).toBe(`Hello Cora Composer,\n\nyour parcel for request #${ticket.number} is on its way again.\n\nTracking: DE123`)
    expect(sent.attachments.map((a: { filename: string }) => a.filename)).toEqual(["waybill.txt"])
  })

  it("adds an internal note with a file, opened by the helpdesk:compose event", async () => {
    await page.evaluate(() => window.dispatchEvent(new CustomEvent("helpdesk:compose", { detail: "note" })))
    const note = page.getByRole("textbox", { name: "Note", exact: true })
    await note.waitFor()
    expect(await page.getByRole("tab", { name: "Internal note" }).getAttribute("aria-selected")).toBe("true")
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Note")

    await note.fill("Courier confirmed the parcel is in Leipzig.")
    await panel("note").locator('input[type="file"]').setInputFiles({ name: "courier.txt", mimeType: "text/plain", buffer: Buffer.from("ref 4471") })
    await panel("note").locator('[data-composer-file="courier.txt"]').waitFor()
    await page.getByRole("button", { name: "Add note" }).click()

    const entry = page.locator('[data-timeline-entry="note"]', { hasText: "Courier confirmed the parcel is in Leipzig." })
    await entry.waitFor()
    await entry.getByRole("link", { name: /courier\.txt/ }).waitFor()
  })

  it("quotes the text selected in the customer's message into the reply", async () => {
    await page.getByRole("tab", { name: "Reply" }).click()
    await messageBox().waitFor()
    const quoted = "Tracking says it is stuck in Leipzig"
    await page.evaluate(
      ([full, part]) => {
        const entry = [...document.querySelectorAll('[data-timeline-entry="message"]')].find((e) => e.textContent?.includes(full))!
        const walker = document.createTreeWalker(entry, NodeFilter.SHOW_TEXT)
        while (walker.nextNode()) {
          const node = walker.currentNode as Text
          const at = node.data.indexOf(part)
          if (at < 0) continue
          const range = document.createRange()
          range.setStart(node, at)
          range.setEnd(node, at + part.length)
          const selection = window.getSelection()!
          selection.removeAllRanges()
          selection.addRange(range)
          return
        }
        throw new Error("text to select not found")
      },
      [CUSTOMER_TEXT, quoted]
    )
    await panel("reply").getByRole("button", { name: "Quote", exact: true }).click()

    await messageBox().locator("blockquote").waitFor()
    expect((await messageBox().locator("blockquote").innerText()).trim()).toBe(quoted)
  })
})
