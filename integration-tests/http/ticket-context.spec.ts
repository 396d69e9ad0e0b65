import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { as } from "../helpers/admin"
import { useHelpdeskTeam } from "../helpers/helpdesk-team"
import { cancelTestOrder, createShop, createTestCustomer, createTestOrder, payTestOrder, TestShop } from "../helpers/orders"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const team = useHelpdeskTeam(api, getContainer)
    const sam = () => as(api, team().agents.supervisor)
    const context = (id: string, query = "") => sam().get(`/admin/helpdesk/tickets/${id}/context${query}`)

    const openTicket = async (body: Record<string, unknown>) => {
      const res = await sam().post("/admin/helpdesk/tickets", { subject: "About my order", ...body })
      expect(res.status).toBe(201)
      return res.data.ticket
    }

    /** Jane with three orders (paid, open, cancelled, oldest first) and Bob with one. */
    async function janeAndBob() {
      const container = getContainer()
      const shop: TestShop = await createShop(container)
      const jane = await createTestCustomer(container, "jane@example.com", "Jane Doe")
      const bob = await createTestCustomer(container, "bob@example.com", "Bob Roe")
      const paid = await createTestOrder(container, shop, { customer_id: jane.id, email: jane.email })
      await payTestOrder(container, paid)
      const open = await createTestOrder(container, shop, { customer_id: jane.id, email: jane.email, items: [{ variant: 1, quantity: 2 }] })
      const cancelled = await createTestOrder(container, shop, { customer_id: jane.id, email: jane.email })
      await cancelTestOrder(container, cancelled.id)
      const bobs = await createTestOrder(container, shop, { customer_id: bob.id, email: bob.email })
      return { shop, jane, bob, paid, open, cancelled, bobs }
    }

    describe("GET /admin/helpdesk/tickets/:id/context", () => {
      it("lists the customer's orders newest first with Medusa's statuses and items, and marks the ticket's order", async () => {
        const { shop, jane, paid, open, cancelled, bobs } = await janeAndBob()
        const ticket = await openTicket({ customer_id: jane.id, order_id: paid.id })

        const res = await context(ticket.id)
        expect(res.status).toBe(200)
        expect(res.data.customer).toEqual({
          id: jane.id,
          first_name: "Jane",
          last_name: "Doe",
          email: "jane@example.com",
          phone: null,
          has_account: true,
          created_at: expect.any(String),
        })
        expect(res.data.matching_customers).toEqual([])
        expect(res.data.orders.map((o: any) => o.id)).toEqual([cancelled.id, open.id, paid.id])
        expect(res.data.orders.map((o: any) => o.id)).not.toContain(bobs.id)
        expect(res.data).toMatchObject({ orders_count: 3, orders_offset: 0, orders_limit: 20, orders_next_offset: null })

        const [c, o, p] = res.data.orders
        expect(p).toMatchObject({ display_id: paid.display_id, status: "pending", payment_status: "captured", fulfillment_status: "not_fulfilled", currency_code: "eur", total: 10, original_total: 10, linked: true })
        expect(o).toMatchObject({ status: "pending", payment_status: "not_paid", fulfillment_status: "not_fulfilled", total: 24, linked: false })
        expect(c).toMatchObject({ status: "canceled", linked: false })
        // The same statuses and totals as Medusa's own order list gives.
        const medusas = await sam().get(`/admin/orders?customer_id=${jane.id}&fields=id,total,payment_status,fulfillment_status,status`)
        expect(medusas.status).toBe(200)
        const pick = (x: any) => [x.id, x.total, x.status, x.payment_status, x.fulfillment_status]
        expect(res.data.orders.map(pick).sort()).toEqual(medusas.data.orders.map(pick).sort())
        expect(o.items).toEqual([
          { id: expect.any(String), title: shop.product_title, product_title: shop.product_title, variant_title: "L", quantity: 2, unit_price: 12, thumbnail: null },
        ])
      })

      it("pages the orders with orders_limit and orders_next_offset, and always shows the ticket's order on the first page", async () => {
        const { jane, paid, open, cancelled } = await janeAndBob()
        const ticket = await openTicket({ customer_id: jane.id, order_id: paid.id })

        const first = await context(ticket.id, "?orders_limit=1")
        // The newest order, then the ticket's own (older) order added so the panel can highlight it.
        expect(first.data.orders.map((o: any) => [o.id, o.linked])).toEqual([[cancelled.id, false], [paid.id, true]])
        expect(first.data).toMatchObject({ orders_count: 3, orders_next_offset: 1 })
        const second = await context(ticket.id, `?orders_limit=1&orders_offset=${first.data.orders_next_offset}`)
        expect(second.data.orders.map((o: any) => o.id)).toEqual([open.id])
        const third = await context(ticket.id, `?orders_limit=1&orders_offset=${second.data.orders_next_offset}`)
        expect(third.data.orders.map((o: any) => [o.id, o.linked])).toEqual([[paid.id, true]])
        expect(third.data.orders_next_offset).toBeNull()
      })

      it("shows the customer's notes and only those of their other tickets the agent may see", async () => {
        const { jane, bob } = await janeAndBob()
        const { member } = team().agents
        const ticket = await openTicket({ customer_id: jane.id, department_id: team().returns })
        const older = await openTicket({ customer_id: jane.id, subject: "Invoice please" })
        const billing = await openTicket({ customer_id: jane.id, subject: "Charged twice", department_id: team().billing })
        await openTicket({ customer_id: bob.id, subject: "Bob's own" })
        await as(api, member).post(`/admin/helpdesk/customers/${jane.id}/notes`, { body: "Prefers phone calls" })
        await sam().post(`/admin/helpdesk/customers/${bob.id}/notes`, { body: "About Bob" })

        const mias = await as(api, member).get(`/admin/helpdesk/tickets/${ticket.id}/context`)
        expect(mias.status).toBe(200)
        expect(mias.data.customer_notes).toEqual([
          expect.objectContaining({ customer_id: jane.id, author_id: member.id, body: "Prefers phone calls" }),
        ])
        // Mia is of Returns: Billing's ticket is hidden from her here as everywhere.
        expect(mias.data.other_tickets).toEqual([
          expect.objectContaining({ id: older.id, number: older.number, subject: "Invoice please", status: "new", updated_at: expect.any(String) }),
        ])
        expect(mias.data.other_tickets_count).toBe(1)

        const sams = await context(ticket.id)
        expect(sams.data.other_tickets.map((t: any) => t.id)).toEqual([billing.id, older.id])
        expect(sams.data.other_tickets_count).toBe(2)
      })

      it("offers the customers whose email matches a guest ticket's contact, and the contact's other tickets", async () => {
        const container = getContainer()
        const ann = await createTestCustomer(container, "ann@example.com", "Ann Lee")
        const annAsGuest = await createTestCustomer(container, "ann@example.com", "Ann Lee", false)
        await createTestCustomer(container, "anne@example.com", "Anne Other")
        const ticket = await openTicket({ contact_email: "Ann@Example.com", contact_name: "Ann" })
        const earlier = await openTicket({ contact_email: "ann@example.com", subject: "Earlier question" })
        await openTicket({ contact_email: "anne@example.com", subject: "Not hers" })

        const res = await context(ticket.id)
        expect(res.status).toBe(200)
        expect(res.data.customer).toBeNull()
        expect(res.data.contact).toEqual({ email: "ann@example.com", name: "Ann" })
        expect(res.data.matching_customers.map((c: any) => c.id).sort()).toEqual([ann.id, annAsGuest.id].sort())
        expect(res.data.matching_customers[0]).toEqual(
          expect.objectContaining({ email: "ann@example.com", first_name: "Ann", has_account: expect.any(Boolean) })
        )
        expect(res.data.customer_notes).toEqual([])
        expect(res.data.other_tickets.map((t: any) => t.id)).toEqual([earlier.id])
        expect(res.data).toMatchObject({ orders: [], orders_count: 0, orders_next_offset: null })

        // Linking it (the existing route) turns the panel into the customer's.
        await sam().post(`/admin/helpdesk/tickets/${ticket.id}`, { customer_id: ann.id })
        const linked = await context(ticket.id)
        expect(linked.data.customer).toEqual(expect.objectContaining({ id: ann.id }))
        expect(linked.data.matching_customers).toEqual([])
      })

      it("answers 404 to an agent of another department, as for the ticket itself", async () => {
        const { jane } = await janeAndBob()
        const ticket = await openTicket({ customer_id: jane.id, department_id: team().returns })
        const { member, outsider, assignee } = team().agents
        // Otto and Asa are of Billing: the Returns ticket is hidden from both, with the ticket route's answer.
        for (const agent of [outsider, assignee]) {
          expect((await as(api, agent).get(`/admin/helpdesk/tickets/${ticket.id}`)).status).toBe(404)
          const res = await as(api, agent).get(`/admin/helpdesk/tickets/${ticket.id}/context`)
          expect(res.status).toBe(404)
          expect(JSON.stringify(res.data)).not.toContain("jane@example.com")
        }
        expect((await as(api, member).get(`/admin/helpdesk/tickets/${ticket.id}/context`)).status).toBe(200)
        expect((await context("tkt_missing")).status).toBe(404)
      })

      it.each([
        ["orders_limit=0", "orders_limit"],
        ["orders_limit=201", "orders_limit"],
        ["orders_limit=many", "orders_limit"],
        ["orders_offset=-1", "orders_offset"],
        ["fields=*orders", "fields"],
        ["customer_id=cus_1", "customer_id"],
      ])("refuses ?%s with 400 naming %s", async (query, param) => {
        const ticket = await openTicket({ contact_email: "c@example.com" })
        const res = await context(ticket.id, `?${query}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(param)
      })
    })
  },
})
