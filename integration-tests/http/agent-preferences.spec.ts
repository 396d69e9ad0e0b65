import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
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

    describe("GET/POST /admin/helpdesk/me/preferences", () => {
      it("keeps each agent's history order, oldest first until they choose", async () => {
        expect((await as(ada).get("/admin/helpdesk/me/preferences")).data.preferences).toEqual({ history_order: "asc" })
        const saved = await as(ada).post("/admin/helpdesk/me/preferences", { history_order: "desc" })
        expect(saved.status).toBe(200)
        expect(saved.data.preferences).toEqual({ history_order: "desc" })
        expect((await as(ada).get("/admin/helpdesk/me/preferences")).data.preferences.history_order).toBe("desc")
        expect((await as(ben).get("/admin/helpdesk/me/preferences")).data.preferences.history_order).toBe("asc")

        await as(ada).post("/admin/helpdesk/me/preferences", { history_order: "asc" })
        expect((await as(ada).get("/admin/helpdesk/me/preferences")).data.preferences.history_order).toBe("asc")
      })

      it("answers 400 for an unknown order, an unknown key or an empty body", async () => {
        expect((await as(ada).post("/admin/helpdesk/me/preferences", { history_order: "sideways" })).status).toBe(400)
        expect((await as(ada).post("/admin/helpdesk/me/preferences", { user_id: ben.id, history_order: "desc" })).status).toBe(400)
        expect((await as(ada).post("/admin/helpdesk/me/preferences", {})).status).toBe(400)
        expect((await as(ben).get("/admin/helpdesk/me/preferences")).data.preferences.history_order).toBe("asc")
      })
    })

    describe("GET routes that take no query", () => {
      it.each([
        ["/admin/helpdesk/me/preferences", "fields"],
        ["/admin/helpdesk/settings", "fields"],
        ["/admin/helpdesk/settings/options", "fields"],
        ["/admin/helpdesk/tickets/:id/signature", "fields"],
        ["/admin/helpdesk/tickets/:id/source", "fields"],
        ["/admin/helpdesk/tickets/:id/source", "user_id"],
      ])("refuses %s?%s=… with 400 naming it", async (route, param) => {
        const ticket = (await as(ada).post("/admin/helpdesk/tickets", { subject: "Query", contact_email: "q@example.com" })).data.ticket
        const res = await as(ada).get(`${route.replace(":id", ticket.id)}?${param}=*secret`)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(param)
      })
    })

    describe("GET /admin/helpdesk/tickets/:id/source", () => {
      it("names the form a ticket was submitted on and its sales channel", async () => {
        const container = getContainer()
        const [channel] = await container.resolve(Modules.SALES_CHANNEL).createSalesChannels([{ name: "Outlet shop" }])
        const form = (await as(ada).post("/admin/helpdesk/forms", { name: "Outlet contact", sales_channel_id: channel.id })).data.form
        const ticket = (await as(ada).post("/admin/helpdesk/tickets", { subject: "Where is it", contact_email: "vera@example.com" })).data.ticket
        const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
        await helpdesk.createFormSubmissions({ form_id: form.id, idempotency_key: "k1", ticket_id: ticket.id })

        const res = await as(ben).get(`/admin/helpdesk/tickets/${ticket.id}/source`)
        expect(res.status).toBe(200)
        expect(res.data.source).toEqual({
          mailbox: null,
          form: { id: form.id, name: "Outlet contact" },
          sales_channel: { id: channel.id, name: "Outlet shop" },
        })
      })

      it("says nothing of a ticket opened in the admin, and 404 for an unknown ticket", async () => {
        const ticket = (await as(ada).post("/admin/helpdesk/tickets", { subject: "Phone call", contact_email: "olga@example.com" })).data.ticket
        expect((await as(ada).get(`/admin/helpdesk/tickets/${ticket.id}/source`)).data.source).toEqual({ mailbox: null, form: null, sales_channel: null })
        expect((await as(ada).get("/admin/helpdesk/tickets/tkt_nope/source")).status).toBe(404)
      })
    })
  },
})
