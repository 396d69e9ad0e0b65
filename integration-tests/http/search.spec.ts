import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Agent, as as asAgent, createTwoAgents } from "../helpers/admin"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ada: Agent
    let ben: Agent

    beforeEach(async () => {
      ;({ ada, ben } = await createTwoAgents(getContainer()))
    })

    const open = async (body: Record<string, unknown>) =>
      (await api.post("/admin/helpdesk/tickets", body, { headers: ada.headers })).data.ticket
    const search = async (q: string, headers = ada.headers) =>
      (await api.get(`/admin/helpdesk/tickets?q=${encodeURIComponent(q)}`, { headers })).data

    describe("full-text search (GET /admin/helpdesk/tickets?q=)", () => {
      it("finds tickets by English and Russian words of subjects and messages", async () => {
        const zipper = await open({
          subject: "Broken zipper",
          contact_email: "anna@example.com",
          contact_name: "Anna Schmidt",
          message: { body_text: "The zipper broke after two days of wearing." },
        })
        const receipt = await open({
          subject: "Не пришёл чек",
          contact_email: "olga@example.com",
          message: { body_text: "Здравствуйте, пришлите чек по заказу." },
        })
        const ids = async (q: string) => (await search(q)).tickets.map((t: any) => t.id)
        expect(await ids("wearing")).toEqual([zipper.id])
        expect(await ids("Zipper broke")).toEqual([zipper.id])
        expect(await ids("пришлите")).toEqual([receipt.id])
        expect(await ids("ЧЕК")).toEqual([receipt.id])
        expect(await ids("schmidt")).toEqual([zipper.id])
        expect(await ids("olga@example")).toEqual([receipt.id])
        expect(await ids("nothing-like-this")).toEqual([])
      })

      it("finds a word that appears only in a forward, and in a note added later", async () => {
        const ticket = await open({ subject: "Late parcel", contact_email: "c@example.com" })
        await api.post(
          `/admin/helpdesk/tickets/${ticket.id}/forward`,
          { to: "warehouse@example.com", body_text: "Can the logistics team trace consignment 4471?" },
          { headers: ada.headers }
        )
        await api.post(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: "кладовщик проверит" }, { headers: ada.headers })
        expect((await search("consignment")).tickets.map((t: any) => t.id)).toEqual([ticket.id])
        expect((await search("кладовщик")).tickets.map((t: any) => t.id)).toEqual([ticket.id])
      })

      it("never returns a ticket the agent may not see", async () => {
        const dept = (await api.post("/admin/helpdesk/departments", { name: "Legal" }, { headers: ada.headers })).data
          .department
        const secret = await open({ subject: "Subpoena", contact_email: "law@example.com", department_id: dept.id })
        const visible = await open({ subject: "Subpoena question", contact_email: "q@example.com" })
        await api.post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] }, { headers: ada.headers })

        expect((await search("subpoena", ben.headers)).tickets.map((t: any) => t.id)).toEqual([visible.id])
        expect((await search("subpoena")).tickets.map((t: any) => t.id).sort()).toEqual([secret.id, visible.id].sort())
      })

      it("combines words with the list's filters", async () => {
        const a = await open({ subject: "Refund for order", contact_email: "a@example.com" })
        await open({ subject: "Refund again", contact_email: "b@example.com" })
        await api.post(`/admin/helpdesk/tickets/${a.id}/close`, {}, { headers: ada.headers })
        const closed = await api.get("/admin/helpdesk/tickets?q=refund&status=closed", { headers: ada.headers })
        expect(closed.data.tickets.map((t: any) => t.id)).toEqual([a.id])
        expect(closed.data.count).toBe(1)
      })

      it("pages a common word newest first with an estimated count", async () => {
        const helpdesk = getContainer().resolve("helpdesk")
        const created = await helpdesk.createNumberedTickets(
          Array.from({ length: 4005 }, (_, i) => ({
            subject: `Common question ${i}`,
            channel: "email",
            contact_email: `c${i}@example.com`,
          }))
        )
        const newest = created.at(-1)
        await helpdesk.updateTickets({ id: newest.id, subject: "Common question, touched last" })

        const page = await api.get("/admin/helpdesk/tickets?q=common&limit=5", { headers: ada.headers })
        expect(page.data.tickets).toHaveLength(5)
        expect(page.data.tickets[0].id).toBe(newest.id)
        expect(page.data.count_is_estimate).toBe(true)
        expect(page.data.count).toBeGreaterThan(4000)
        const second = await api.get("/admin/helpdesk/tickets?q=common&limit=5&offset=5", { headers: ada.headers })
        const firstIds = page.data.tickets.map((t: any) => t.id)
        expect(second.data.tickets.map((t: any) => t.id).some((id: string) => firstIds.includes(id))).toBe(false)
      })
    })
  },
})
