import type { Locator } from "playwright-core"
import { Desk, hasChromium, openDesk, screenshot } from "../helpers/desk"

if (!hasChromium) {
  // Reason for the skip: the widgets live in Medusa's own admin pages, only a real browser shows them.
  console.warn("Widgets end-to-end suite skipped: Chromium not found. Install it with: apt-get install -y chromium")
}

jest.setTimeout(900_000)

interface Ticket {
  id: string
  number: string
  subject: string
  status: string
  customer_id: string | null
  order_id: string | null
  contact_email: string
}

const stamp = Date.now().toString(36)

;(hasChromium ? describe : describe.skip)("Helpdesk widgets on Medusa's customer and order pages, in Chromium", () => {
  let desk: Desk
  let anna: { id: string; email: string }
  let statusLabel: (status: string) => string

  beforeAll(async () => {
    desk = await openDesk()
    const { customers } = await desk.api("/admin/customers?q=anna.schmidt@example.com")
    anna = customers.find((c: { email: string }) => c.email === "anna.schmidt@example.com")
    const { statuses } = await desk.api<{ statuses: { id: string; label: string }[] }>("/admin/helpdesk/workflow")
    statusLabel = (status) => statuses.find((s) => s.id === status)?.label ?? status
  })

  afterAll(async () => {
    await desk?.close()
  })

  /** Opens the widget's New ticket modal, fills what the agent types, and lands on the new ticket's page. */
  async function openTicketFromWidget(widget: Locator, subject: string) {
    const { page } = desk
    await widget.getByRole("button", { name: "New ticket" }).click()
    await page.getByRole("heading", { name: "New ticket" }).waitFor()
    const links = page.getByTestId("create-ticket-links")
    await page.fill("#subject", subject)
    await page.fill("#body_text", "Called to ask about it; noted from the phone.")
    const prefilled = { email: await page.inputValue("#contact_email"), name: await page.inputValue("#contact_name"), links: await links.innerText() }
    await page.getByRole("button", { name: "Open ticket" }).click()
    await page.waitForURL(/\/app\/helpdesk\/tkt_/)
    await page.getByRole("heading", { name: subject }).waitFor()
    const id = new URL(page.url()).pathname.split("/").pop()!
    const { ticket } = await desk.api<{ ticket: Ticket }>(`/admin/helpdesk/tickets/${id}`)
    return { prefilled, ticket }
  }

  const widgetRow = (widget: Locator, subject: string) => widget.getByTestId("widget-ticket").filter({ hasText: subject })

  it("lists a customer's tickets with their status on the customer's page, and opens a ticket for them", async () => {
    const { page, url } = desk
    expect(anna).toBeTruthy()
    const subject = `Widget: parcel damaged ${stamp}`
    const { ticket: closed } = await desk.api<{ ticket: Ticket }>("/admin/helpdesk/tickets", {
      body: { subject, customer_id: anna.id, message: { body_text: "The box was crushed." } },
    })
    await desk.api(`/admin/helpdesk/tickets/${closed.id}/close`, { body: {} })

    await page.goto(`${url}/app/customers/${anna.id}`)
    const widget = page.getByTestId("customer-tickets-widget")
    await widget.getByRole("heading", { name: "Tickets" }).waitFor({ timeout: 120_000 })
    const row = widgetRow(widget, subject)
    await row.waitFor()
    expect(await row.innerText()).toContain(`#${closed.number}`)
    expect(await row.innerText()).toContain(statusLabel("closed"))
    expect(await row.getAttribute("href")).toBe(`/app/helpdesk/${closed.id}`)
    await widget.scrollIntoViewIfNeeded()
    await screenshot(page, "widget-customer-tickets.png")

    const phoned = `Widget: phoned about sizes ${stamp}`
    const { prefilled, ticket } = await openTicketFromWidget(widget, phoned)
    expect(prefilled).toEqual({ email: anna.email, name: "Anna Schmidt", links: "Customer: Anna Schmidt" })
    expect(ticket).toMatchObject({ subject: phoned, customer_id: anna.id, order_id: null, contact_email: anna.email })

    // Back on her page the new ticket is listed too, newest update first.
    await page.goto(`${url}/app/customers/${anna.id}`)
    await widgetRow(widget, phoned).waitFor({ timeout: 60_000 })
    const subjects = await widget.getByTestId("widget-ticket").allInnerTexts()
    expect(subjects.findIndex((s) => s.includes(phoned))).toBeLessThan(subjects.findIndex((s) => s.includes(subject)))
  })

  it("lists an order's tickets on the order's page and opens a ticket linked to the order", async () => {
    const { page, url } = desk
    const { orders } = await desk.api(`/admin/orders?customer_id=${anna.id}&fields=id,display_id,email`)
    const order = orders[0] as { id: string; display_id: number; email: string }
    expect(order).toBeTruthy()
    const subject = `Widget: order arrived late ${stamp}`
    const { ticket: about } = await desk.api<{ ticket: Ticket }>("/admin/helpdesk/tickets", {
      body: { subject, order_id: order.id, message: { body_text: "It came a week late." } },
    })

    await page.goto(`${url}/app/orders/${order.id}`)
    const widget = page.getByTestId("order-tickets-widget")
    await widget.getByRole("heading", { name: "Tickets" }).waitFor({ timeout: 120_000 })
    const row = widgetRow(widget, subject)
    await row.waitFor()
    expect(await row.innerText()).toContain(`#${about.number}`)
    expect(await row.innerText()).toContain(statusLabel(about.status))
    // Anna's ticket from the first test is not about this order: it shows under her address instead.
    const fromEmail = widget.getByTestId("contact-tickets")
    await fromEmail.getByText(`Other tickets from ${order.email}`).waitFor()
    expect(await widgetRow(widget, subject).count()).toBe(1)
    await widget.scrollIntoViewIfNeeded()
    await screenshot(page, "widget-order-tickets.png")

    const called = `Widget: wants to change the address ${stamp}`
    const { prefilled, ticket } = await openTicketFromWidget(widget, called)
    expect(prefilled).toEqual({ email: order.email, name: "Anna Schmidt", links: `Order #${order.display_id}` })
    expect(ticket).toMatchObject({ subject: called, order_id: order.id, customer_id: anna.id })

    await page.goto(`${url}/app/orders/${order.id}`)
    await widgetRow(widget, called).waitFor({ timeout: 60_000 })
    expect(await widgetRow(fromEmail, called).count()).toBe(0)
  })
})
