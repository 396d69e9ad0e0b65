import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { receiveCustomerMessageWorkflow } from "../../src/workflows"
import { Agent, as as asAgent, createTwoAgents } from "../helpers/admin"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ada: Agent
    let ben: Agent

    beforeEach(async () => {
      ;({ ada, ben } = await createTwoAgents(getContainer()))
    })

    const get = (url: string, headers = ada.headers) => api.get(url, { headers }).then((r) => r.data)
    const open = async (subject: string, extra: Record<string, unknown> = {}) =>
      (await api.post("/admin/helpdesk/tickets", { subject, contact_email: "c@example.com", ...extra }, { headers: ada.headers }))
        .data.ticket

    describe("GET /admin/helpdesk/tickets: paging, filters and unread", () => {
      it("pages with next_cursor through every ticket once, in order", async () => {
        const created = []
        for (let i = 0; i < 7; i++) created.push(await open(`T${i}`))
        const seen: string[] = []
        let url = "/admin/helpdesk/tickets?limit=3&order=-created_at"
        for (let guard = 0; guard < 5; guard++) {
          const page = await get(url)
          seen.push(...page.tickets.map((t: any) => t.subject))
          if (!page.next_cursor) break
          url = `/admin/helpdesk/tickets?limit=3&order=-created_at&cursor=${page.next_cursor}`
        }
        expect(seen).toEqual(["T6", "T5", "T4", "T3", "T2", "T1", "T0"])
        const bad = await api.get("/admin/helpdesk/tickets?cursor=garbage", { headers: ada.headers }).catch((e) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toBe("The cursor is not one this list gave out.")
      })

      it("lists as mine the tickets assigned to me and my departments' tickets no agent has yet", async () => {
        const post = (url: string, body: unknown) => api.post(url, body, { headers: ada.headers }).then((r) => r.data)
        const returns = (await post("/admin/helpdesk/departments", { name: "Returns" })).department.id
        const billing = (await post("/admin/helpdesk/departments", { name: "Billing" })).department.id
        await post(`/admin/helpdesk/departments/${returns}/members`, { add: [ada.id] })
        await open("Assigned to Ada", { assignee_id: ada.id })
        await open("Returns, nobody yet", { department_id: returns })
        await open("Returns, Ben has it", { department_id: returns, assignee_id: ben.id })
        await open("Billing, nobody yet", { department_id: billing })
        await open("No department")
        const mine = async (headers: Record<string, string>) =>
          (await get("/admin/helpdesk/tickets?mine=true&order=created_at", headers)).tickets.map((t: any) => t.subject)
        expect(await mine(ada.headers)).toEqual(["Assigned to Ada", "Returns, nobody yet"])
        expect(await mine(ben.headers)).toEqual(["Returns, Ben has it"])
      })

      it("shows a ticket unread to each agent until they open it after the customer's last message", async () => {
        const ticket = await open("Question", { message: { body_text: "Hello?" } })
        const unread = async (headers: Record<string, string>) =>
          (await get("/admin/helpdesk/tickets?unread=true", headers)).tickets.map((t: any) => t.id)
        expect(await unread(ada.headers)).toEqual([ticket.id])
        expect(await unread(ben.headers)).toEqual([ticket.id])
        expect((await get("/admin/helpdesk/tickets", ada.headers)).tickets[0].unread).toBe(true)

        await get(`/admin/helpdesk/tickets/${ticket.id}`, ada.headers)
        expect((await get("/admin/helpdesk/tickets", ada.headers)).tickets[0].unread).toBe(false)
        expect(await unread(ada.headers)).toEqual([])
        expect(await unread(ben.headers)).toEqual([ticket.id])

        await receiveCustomerMessageWorkflow(getContainer()).run({
          input: { ticket_id: ticket.id, author: { email: "c@example.com" }, body_text: "Anyone?" },
        })
        expect(await unread(ada.headers)).toEqual([ticket.id])
      })

      it("filters by the agent who acted, extra field values and dates", async () => {
        const a = await open("Repair", { custom_fields: { device: "Kettle", reason: "Broken" } })
        const b = await open("Repair too", { custom_fields: { device: "Toaster" } })
        await api.post(`/admin/helpdesk/tickets/${b.id}/close`, {}, { headers: ben.headers })
        const ids = async (qs: string) => (await get(`/admin/helpdesk/tickets?${qs}`)).tickets.map((t: any) => t.id)

        expect(await ids(`acted_by=${ben.id}`)).toEqual([b.id])
        expect(await ids("acted_by=me")).toEqual([b.id, a.id])
        expect(await ids("custom_fields[device]=Kettle")).toEqual([a.id])
        expect(await ids("custom_fields[device]=Kettle&custom_fields[reason]=Other")).toEqual([])
        const future = new Date(Date.now() + 60_000).toISOString()
        expect(await ids(`created_after=${future}`)).toEqual([])
        expect((await ids(`created_before=${future}&order=created_at`))).toEqual([a.id, b.id])
        const bad = await api.get("/admin/helpdesk/tickets?created_after=yesterday", { headers: ada.headers }).catch((e) => e.response)
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("created_after")
      })

      it("finds extra field values by search too", async () => {
        const a = await open("Job application", { custom_fields: { position: "Warehouse supervisor" } })
        expect((await get("/admin/helpdesk/tickets?q=supervisor")).tickets.map((t: any) => t.id)).toEqual([a.id])
      })
    })
  },
})
