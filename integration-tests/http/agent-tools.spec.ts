import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { Agent, as as asAgent, createTwoAgents } from "../helpers/admin"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ada: Agent
    let ben: Agent

    beforeEach(async () => {
      ;({ ada, ben } = await createTwoAgents(getContainer()))
    })

    const as = (agent: Agent) => asAgent(api, agent)
    const openTicket = async (extra: Record<string, unknown> = {}) =>
      (
        await as(ada).post("/admin/helpdesk/tickets", {
          subject: "Wrong colour",
          contact_email: "anna@example.com",
          contact_name: "Anna Schmidt",
          ...extra,
        })
      ).data.ticket

    describe("watchers (F-WATCH)", () => {
      it("follows and unfollows a ticket, once per agent", async () => {
        const ticket = await openTicket()
        await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/watch`)
        const twice = await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/watch`)
        expect(twice.data.ticket.watchers).toEqual([{ user_id: ben.id }])
        await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/watch`)
        const off = await as(ben).delete(`/admin/helpdesk/tickets/${ticket.id}/watch`)
        expect(off.data.ticket.watchers).toEqual([{ user_id: ada.id }])
      })
    })

    describe("customer notes (SPEC §5)", () => {
      it("adds, edits, lists and deletes notes about a customer", async () => {
        const customer = await getContainer()
          .resolve(Modules.CUSTOMER)
          .createCustomers({ email: "anna@example.com", first_name: "Anna" })
        const base = `/admin/helpdesk/customers/${customer.id}/notes`
        const first = await as(ada).post(base, { body: "Prefers phone calls" })
        expect(first.status).toBe(201)
        expect(first.data.note).toMatchObject({ customer_id: customer.id, author_id: ada.id, body: "Prefers phone calls" })
        await as(ben).post(base, { body: "VIP since 2024" })

        const edited = await as(ada).post(`${base}/${first.data.note.id}`, { body: "Prefers phone calls after 5pm" })
        expect(edited.data.note.body).toBe("Prefers phone calls after 5pm")
        expect((await as(ada).get(base)).data.notes.map((n: any) => n.body)).toEqual([
          "VIP since 2024",
          "Prefers phone calls after 5pm",
        ])
        expect((await as(ada).delete(`${base}/${first.data.note.id}`)).data.deleted).toBe(true)
        expect((await as(ada).get(base)).data.notes).toHaveLength(1)
      })

      it("answers 404 for an unknown customer and 400 for an empty note", async () => {
        const missing = await as(ada).post("/admin/helpdesk/customers/cus_missing/notes", { body: "x" })
        expect(missing.status).toBe(404)
        expect(missing.data.message).toBe("Customer cus_missing was not found.")
        const empty = await as(ada).post("/admin/helpdesk/customers/cus_missing/notes", { body: " " })
        expect(empty.status).toBe(400)
        expect(empty.data.message).toContain("body")
      })
    })

    describe("saved views (F-LIST)", () => {
      it("keeps personal views private and shares others with everyone or chosen agents", async () => {
        const mine = await as(ada).post("/admin/helpdesk/views", {
          name: "My open",
          filters: { status: ["new", "reopened"], assignee_id: "me" },
        })
        expect(mine.status).toBe(201)
        await as(ada).post("/admin/helpdesk/views", { name: "Unassigned", visibility: "everyone", filters: { assignee_id: "unassigned" } })
        await as(ada).post("/admin/helpdesk/views", {
          name: "For Ben",
          visibility: "agents",
          shared_with: [ben.id],
          filters: { unread: true },
        })
        const names = async (agent: typeof ada) => (await as(agent).get("/admin/helpdesk/views")).data.views.map((v: any) => v.name)
        expect(await names(ada)).toEqual(["My open", "Unassigned", "For Ben"])
        expect(await names(ben)).toEqual(["Unassigned", "For Ben"])

        const renamed = await as(ada).post(`/admin/helpdesk/views/${mine.data.view.id}`, { name: "Mine, open", position: 5 })
        expect(renamed.data.view).toMatchObject({ name: "Mine, open", position: 5 })
        expect((await as(ben).post(`/admin/helpdesk/views/${mine.data.view.id}`, { name: "x" })).status).toBe(404)
        expect((await as(ada).delete(`/admin/helpdesk/views/${mine.data.view.id}`)).data.deleted).toBe(true)
      })

      it("refuses filters the list would refuse", async () => {
        const res = await as(ada).post("/admin/helpdesk/views", { name: "Bad", filters: { limit: 5, colour: "red" } })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^Invalid view filters: /)
      })
    })

    describe("canned replies (F-CANNED)", () => {
      it("refuses an unknown variable when saved, naming it", async () => {
        const res = await as(ada).post("/admin/helpdesk/canned-replies", {
          title: "Typo",
          body: "Hello {{CUSTOMER_NAM}}",
        })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^Unknown template variable\(s\): \{\{CUSTOMER_NAM\}\}/)
        expect((await as(ada).get("/admin/helpdesk/canned-replies")).data.count).toBe(0)
      })

      it("renders a reply for a ticket with the agent's and the customer's names", async () => {
        const ticket = await openTicket()
        const saved = await as(ada).post("/admin/helpdesk/canned-replies", {
          title: "Exchange",
          body: "Hello {{CUSTOMER_NAME}},\nabout #{{TICKET_NUMBER}} ({{TICKET_SUBJECT}}): we will exchange it.\n{{MY_NAME}}",
        })
        expect(saved.status).toBe(201)
        const rendered = await as(ben).post(`/admin/helpdesk/canned-replies/${saved.data.canned_reply.id}/render`, {
          ticket_id: ticket.id,
        })
        expect(rendered.data.body).toBe(
          `Hello Anna Schmidt,\nabout #${ticket.number} (Wrong colour): we will exchange it.\nBen Agent`
        )
      })

      it("offers a department's replies only to its agents, and lets only supervisors manage them", async () => {
        const dept = (await as(ada).post("/admin/helpdesk/departments", { name: "Returns" })).data.department
        await as(ada).post("/admin/helpdesk/canned-replies", { title: "Global", body: "Hi" })
        await as(ada).post("/admin/helpdesk/canned-replies", { title: "Returns only", body: "Label attached", department_id: dept.id })
        await as(ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] })

        const titles = async (agent: typeof ada) =>
          (await as(agent).get("/admin/helpdesk/canned-replies")).data.canned_replies.map((c: any) => c.title)
        expect(await titles(ben)).toEqual(["Global"])
        expect(await titles(ada)).toEqual(["Global", "Returns only"])
        await as(ada).post(`/admin/helpdesk/departments/${dept.id}/members`, { add: [ben.id] })
        expect(await titles(ben)).toEqual(["Global", "Returns only"])
        expect((await as(ben).post("/admin/helpdesk/canned-replies", { title: "Mine", body: "x" })).status).toBe(403)
      })
    })
  },
})
