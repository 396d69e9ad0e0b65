import { Client } from "pg"
import { Desk, hasChromium, openDesk } from "../helpers/desk"

jest.setTimeout(900_000)

// The shared store serves other specs too: everything here carries this run's tag.
const RUN = Date.now().toString(36)
const tagged = (text: string) => `${text} ${RUN}`

interface Ticket {
  id: string
  number: string
  subject: string
  status: string
  assignee_id: string | null
  customer_id: string | null
  order_id: string | null
  claimed_by_id: string | null
  merged_into_id?: string | null
  watchers: { user_id: string }[]
  messages: { id: string; kind: string; author_type: string; body_text: string; recipients?: { to?: string[] } | null }[]
  events: { type: string; actor_id: string | null; data: Record<string, any> | null }[]
}

/** Stores a customer's follow-up message as mail import would, a second after the first. */
async function plantCustomerMessage(ticketId: string, body: string) {
  const client = new Client({ connectionString: process.env.HELPDESK_DESK_DATABASE_URL })
  await client.connect()
  try {
    await client.query(
      `insert into helpdesk_ticket_message (id, ticket_id, kind, author_type, author_email, author_name, body_text, created_at, updated_at)
       values ($1, $2, 'message', 'customer', $3, 'Dana Dialogs', $4, now() + interval '1 second', now() + interval '1 second')`,
      [`tmsg_e2e_${RUN}_${Math.random().toString(36).slice(2, 8)}`, ticketId, `dana-${RUN}@example.com`, body]
    )
  } finally {
    await client.end()
  }
}

;(hasChromium ? describe : describe.skip)("the ticket page's action bar and dialogs, in Chromium", () => {
  let desk: Desk
  let me: { id: string; email: string; first_name: string | null; last_name: string | null }

  beforeAll(async () => {
    desk = await openDesk()
    me = (await desk.api("/admin/users/me")).user
  })

  afterAll(async () => {
    await desk?.close()
  })

  const createTicket = async (subject: string, extra: Record<string, unknown> = {}) =>
    (
      await desk.api<{ ticket: Ticket }>("/admin/helpdesk/tickets", {
        body: {
          subject,
          contact_email: `dana-${RUN}@example.com`,
          contact_name: "Dana Dialogs",
          message: { body_text: `First message of "${subject}"` },
          ...extra,
        },
      })
    ).ticket
  const getTicket = async (id: string) => (await desk.api<{ ticket: Ticket }>(`/admin/helpdesk/tickets/${id}`)).ticket
  const open = async (ticket: { id: string; subject: string }) => {
    await desk.page.goto(`${desk.url}/app/helpdesk/${ticket.id}`)
    await desk.page.getByRole("heading", { name: ticket.subject }).waitFor({ timeout: 120_000 })
  }
  const fromMenu = async (item: string) => {
    await desk.page.getByTestId("ticket-actions").getByRole("button", { name: "More actions" }).click()
    await desk.page.getByRole("menuitem", { name: item, exact: true }).click()
  }
  const toast = (text: string | RegExp) => desk.page.locator("[data-sonner-toast]").filter({ hasText: text }).first().waitFor()
  const drawer = () => desk.page.getByRole("dialog")

  it("assigns the ticket to an agent with a comment for the history", async () => {
    const ticket = await createTicket(tagged("Assign me"))
    await open(ticket)
    await fromMenu("Assign…")
    await desk.page.locator("#assign-agent").click()
    const name = [me.first_name, me.last_name].filter(Boolean).join(" ") || me.email
    await desk.page.getByRole("option", { name, exact: true }).click()
    await desk.page.getByLabel("Comment").fill("Knows the courier")
    await drawer().getByRole("button", { name: "Assign", exact: true }).click()
    await toast("Assignment saved")

    const saved = await getTicket(ticket.id)
    expect(saved.assignee_id).toBe(me.id)
    expect(saved.events.find((e) => e.type === "assign")?.data).toMatchObject({ assignee_id: me.id, comment: "Knows the courier" })
  })

  it("forwards the ticket to a colleague's address", async () => {
    const ticket = await createTicket(tagged("Forward me"))
    await open(ticket)
    await fromMenu("Forward…")
    await drawer().getByRole("button", { name: "Forward", exact: true }).click()
    await drawer().getByText("Enter an email address").waitFor()
    await desk.page.locator("#forward-to").fill(`warehouse-${RUN}@example.com`)
    await desk.page.locator("#forward-body").fill("Can you check the parcel weight?")
    await drawer().getByRole("button", { name: "Forward", exact: true }).click()
    await toast(`Forwarded to warehouse-${RUN}@example.com`)
    await desk.page.locator('[data-timeline-entry="forward"]', { hasText: "Can you check the parcel weight?" }).waitFor()

    const saved = await getTicket(ticket.id)
    expect(saved.status).toBe("discussion")
    expect(saved.messages.find((m) => m.kind === "forward")?.body_text).toContain("Can you check the parcel weight?")
  })

  it("closes and reopens the ticket, offering only what its status allows", async () => {
    const ticket = await createTicket(tagged("Close me"))
    await open(ticket)
    expect(await desk.page.getByRole("button", { name: "Reopen" }).count()).toBe(0)
    await desk.page.getByRole("button", { name: "Close without reply" }).click()
    await toast("Ticket closed")
    await desk.page.getByRole("button", { name: "Reopen" }).click()
    await toast("Ticket reopened")
    await desk.page.getByRole("button", { name: "Close without reply" }).waitFor()
    expect((await getTicket(ticket.id)).status).toBe("reopened")
  })

  it("follows the ticket from the menu and unfollows it again", async () => {
    const ticket = await createTicket(tagged("Follow me"))
    await open(ticket)
    await fromMenu("Follow")
    await desk.page.getByText("You follow this ticket").waitFor()
    expect((await getTicket(ticket.id)).watchers.map((w) => w.user_id)).toContain(me.id)
    await fromMenu("Unfollow")
    await toast("You no longer follow this ticket")
    expect(await desk.page.getByText("You follow this ticket").count()).toBe(0)
  })

  it("moves the ticket to the trash and restores it", async () => {
    const ticket = await createTicket(tagged("Trash me"))
    await open(ticket)
    await fromMenu("Delete")
    await toast("Ticket moved to the trash")
    expect((await getTicket(ticket.id)).status).toBe("deleted")
    // In the trash: Restore, and no editing of the ticket.
    await desk.page.getByTestId("ticket-actions").getByRole("button", { name: "More actions" }).click()
    await desk.page.getByRole("menuitem", { name: "Delete permanently" }).waitFor()
    expect(await desk.page.getByRole("menuitem", { name: "Edit subject…" }).count()).toBe(0)
    await desk.page.keyboard.press("Escape")
    await desk.page.getByRole("button", { name: "Restore" }).click()
    await toast("Ticket restored from the trash")
    expect((await getTicket(ticket.id)).status).toBe("new")
  })

  it("splits the ticket from the customer's second message", async () => {
    const ticket = await createTicket(tagged("Split me"))
    await plantCustomerMessage(ticket.id, "Also, the invoice has the wrong address.")
    await open(ticket)
    await fromMenu("Split…")
    // The first message cannot be picked: the ticket would be left empty.
    expect(await drawer().getByRole("radio").count()).toBe(1)
    await drawer().locator('[role="radio"]', { hasText: "the invoice has the wrong address" }).click()
    await drawer().getByRole("button", { name: "Split", exact: true }).click()
    await toast(/Split into new ticket #\d+/)

    const saved = await getTicket(ticket.id)
    expect(saved.messages.map((m) => m.body_text)).toEqual([`First message of "${ticket.subject}"`])
    const splitTo = saved.events.find((e) => e.type === "split")!.data!.to
    const split = await getTicket(splitTo)
    expect(split.messages.map((m) => m.body_text)).toEqual(["Also, the invoice has the wrong address."])
  })

  it("merges a duplicate into the ticket found by its number", async () => {
    const target = await createTicket(tagged("Merge into me"))
    const duplicate = await createTicket(tagged("Duplicate"))
    await open(duplicate)
    await fromMenu("Merge…")
    // The same sender's tickets are offered first; a number finds one directly.
    await drawer().locator('[role="radio"]', { hasText: `#${target.number}` }).waitFor()
    await desk.page.locator("#merge-search").fill(target.number)
    await drawer().locator('[role="radio"]', { hasText: `#${target.number}` }).click()
    await drawer().getByRole("button", { name: "Merge", exact: true }).click()
    await desk.page.getByRole("alertdialog").getByRole("button", { name: "Merge" }).click()
    await toast(`Merged into #${target.number}`)
    await desk.page.waitForURL(new RegExp(`/helpdesk/${target.id}$`))
    await desk.page.getByText(`First message of "${duplicate.subject}"`).waitFor()

    expect((await getTicket(duplicate.id)).merged_into_id).toBe(target.id)
    // The duplicate stays as a pointer to where its messages went.
    await open(duplicate)
    await desk.page.getByRole("link", { name: `Merged into #${target.number}` }).click()
    await desk.page.waitForURL(new RegExp(`/helpdesk/${target.id}$`))
    expect((await getTicket(target.id)).messages).toHaveLength(2)
  })

  it("edits the subject, and the history keeps the old one", async () => {
    const ticket = await createTicket(tagged("Subject with a typo"))
    await open(ticket)
    await fromMenu("Edit subject…")
    await desk.page.locator("#ticket-subject").fill(tagged("Subject without a typo"))
    await desk.page.locator("#ticket-subject").press("Enter")
    await toast("Subject changed")
    await desk.page.getByRole("heading", { name: tagged("Subject without a typo") }).waitFor()
    expect((await getTicket(ticket.id)).events.find((e) => e.type === "subject_changed")?.data).toEqual({
      from: ticket.subject,
      to: tagged("Subject without a typo"),
    })
  })

  it("takes over a claim another agent holds, after confirming", async () => {
    const email = `tess-${RUN}@example.com`
    const password = "tess-secret-1"
    const tess = await desk.inviteAgent({ email, password, first_name: "Tess", last_name: "Takeover" })
    const ticket = await createTicket(tagged("Claimed by Tess"))
    await tess.api(`/admin/helpdesk/tickets/${ticket.id}/claim`, { body: {} })
    await open(ticket)
    await desk.page.getByText("Tess Takeover is working on this ticket").waitFor()
    await desk.page.getByRole("button", { name: "Take over" }).click()
    await desk.page.getByRole("alertdialog").getByText("Take the ticket over from Tess Takeover?").waitFor()
    await desk.page.getByRole("alertdialog").getByRole("button", { name: "Take over" }).click()
    await toast("You took the ticket over from Tess Takeover")
    await desk.page.getByText("You are working on this ticket").waitFor()

    const saved = await getTicket(ticket.id)
    expect(saved.claimed_by_id).toBe(me.id)
    expect(saved.events.find((e) => e.type === "claim_taken_over")?.actor_id).toBe(me.id)
    expect(tess.id).not.toBe(me.id)
  })

  it("links a guest ticket to the customer with its address, and a customer's ticket to an order", async () => {
    const email = `gina-${RUN}@example.com`
    const ticket = await createTicket(tagged("Guest asks"), { contact_email: email, contact_name: "Gina" })
    const { customer } = await desk.api("/admin/customers", { body: { email, first_name: "Gina", last_name: "Guest" } })
    await open(ticket)
    const match = desk.page.getByTestId("matching-customer")
    await match.getByText("Gina Guest has this address").waitFor({ timeout: 60_000 })
    await match.getByRole("button", { name: "Link to customer" }).click()
    await toast("Ticket linked to Gina Guest")
    expect((await getTicket(ticket.id)).customer_id).toBe(customer.id)

    // A seeded customer with orders: the panel links the ticket to one of them.
    const { customers } = await desk.api("/admin/customers?q=anna.schmidt@example.com&fields=id")
    const annas = await createTicket(tagged("Which order?"), { customer_id: customers[0].id, contact_email: undefined })
    await open(annas)
    const row = desk.page.getByTestId("customer-orders").getByTestId("panel-order").first()
    await row.waitFor({ timeout: 60_000 })
    const displayId = (await row.innerText()).match(/Order #(\d+)/)![1]
    await row.getByRole("button", { name: `Actions for Order #${displayId}` }).click()
    await desk.page.getByRole("menuitem", { name: "Link this ticket to this order" }).click()
    await toast(`Ticket linked to Order #${displayId}`)
    await desk.page.locator('[data-testid="panel-order"][data-linked="true"]', { hasText: `Order #${displayId}` }).waitFor()
    expect((await getTicket(annas.id)).order_id).toMatch(/^order_/)
  })

  it("links a ticket to a customer found by search, then to one of their orders, from the menu", async () => {
    const ticket = await createTicket(tagged("Phoned in"), { contact_email: `phone-${RUN}@example.com` })
    await open(ticket)
    await fromMenu("Link customer…")
    await desk.page.locator("#customer-search").fill("anna.schmidt@example.com")
    await drawer().locator('[role="radio"]', { hasText: "Anna Schmidt" }).click()
    await drawer().getByRole("button", { name: "Save", exact: true }).click()
    await toast("Ticket linked to Anna Schmidt")
    await desk.page.getByTestId("customer-orders").getByTestId("panel-order").first().waitFor({ timeout: 60_000 })

    await fromMenu("Link order…")
    await desk.page.locator("#ticket-order").click()
    const option = desk.page.getByRole("option", { name: /^Order #\d+/ }).first()
    const displayId = (await option.innerText()).match(/Order #(\d+)/)![1]
    await option.click()
    await drawer().getByRole("button", { name: "Save", exact: true }).click()
    await toast("Linked order saved")
    await desk.page.locator('[data-testid="panel-order"][data-linked="true"]', { hasText: `Order #${displayId}` }).waitFor()
    const saved = await getTicket(ticket.id)
    expect(saved.customer_id).toMatch(/^cus_/)
    expect(saved.order_id).toMatch(/^order_/)
  })

  it("speaks Russian when the admin does", async () => {
    const ticket = await createTicket(tagged("На русском"))
    const setLanguage = async (lng: string) => {
      await desk.browser.addCookies([{ name: "lng", value: lng, url: desk.url }])
      await desk.page.evaluate((value) => localStorage.setItem("lng", value), lng)
    }
    await setLanguage("ru")
    try {
      await open(ticket)
      await desk.page.getByRole("button", { name: "Закрыть без ответа" }).waitFor()
      await desk.page.getByRole("button", { name: "Взять в работу" }).waitFor()
      await desk.page.getByTestId("ticket-actions").getByRole("button", { name: "Другие действия" }).click()
      await desk.page.getByRole("menuitem", { name: "Изменить тему…" }).click()
      await drawer().getByRole("button", { name: "Сохранить" }).waitFor()
      await drawer().getByRole("button", { name: "Отмена" }).click()
    } finally {
      await setLanguage("en")
    }
  })
})
