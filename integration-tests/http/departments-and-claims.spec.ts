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

    const as = (agent: Agent) => asAgent(api, agent)

    const openTicket = async (subject: string, extra: Record<string, unknown> = {}) =>
      (await as(ada).post("/admin/helpdesk/tickets", { subject, contact_email: "c@example.com", ...extra }))
        .data.ticket

    describe("department visibility (SPEC §6 'Who is an agent')", () => {
      let returns: string
      let billing: string

      beforeEach(async () => {
        returns = (await as(ada).post("/admin/helpdesk/departments", { name: "Returns" })).data.department.id
        billing = (await as(ada).post("/admin/helpdesk/departments", { name: "Billing" })).data.department.id
        const members = await as(ada).post(`/admin/helpdesk/departments/${returns}/members`, { add: [ben.id] })
        expect(members.data.department.members.map((m: any) => m.user.email)).toEqual(["ben@example.com"])
      })

      it("lets every agent see everything while no supervisor is named", async () => {
        await openTicket("Billing question", { department_id: billing })
        const list = await as(ben).get("/admin/helpdesk/tickets")
        expect(list.data.count).toBe(1)
      })

      it("shows an agent only their departments', their own and department-less tickets", async () => {
        const inReturns = await openTicket("Return", { department_id: returns })
        const inBilling = await openTicket("Invoice", { department_id: billing })
        const noDepartment = await openTicket("Hello")
        const assignedToBen = await openTicket("Refund", { department_id: billing, assignee_id: ben.id })
        const settings = await as(ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] })
        expect(settings.data.settings.supervisor_user_ids).toEqual([ada.id])

        const bens = await as(ben).get("/admin/helpdesk/tickets?limit=50")
        expect(bens.data.tickets.map((t: any) => t.id).sort()).toEqual(
          [inReturns.id, noDepartment.id, assignedToBen.id].sort()
        )
        expect(bens.data.count).toBe(3)
        const adas = await as(ada).get("/admin/helpdesk/tickets?limit=50")
        expect(adas.data.count).toBe(4)

        // Hidden everywhere, with the same answer as a ticket that does not exist.
        for (const res of [
          await as(ben).get(`/admin/helpdesk/tickets/${inBilling.id}`),
          await as(ben).post(`/admin/helpdesk/tickets/${inBilling.id}/close`),
          await as(ben).post(`/admin/helpdesk/tickets/${inBilling.id}/notes`, { body_text: "peek" }),
          await as(ben).post(`/admin/helpdesk/tickets/${inBilling.id}/claim`),
          await as(ben).delete(`/admin/helpdesk/tickets/${inBilling.id}`),
        ]) {
          expect(res.status).toBe(404)
          expect(res.data.message).toBe(`Ticket ${inBilling.id} was not found.`)
        }
        const search = await as(ben).get(`/admin/helpdesk/tickets?q=${inBilling.number}`)
        expect(search.data.tickets).toEqual([])
        const after = await as(ada).get(`/admin/helpdesk/tickets/${inBilling.id}`)
        expect(after.data.ticket.status).toBe("new")
      })

      it("moves a ticket out of an agent's sight when it is transferred, and says so in the history", async () => {
        const ticket = await openTicket("Return", { department_id: returns })
        await as(ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] })
        expect((await as(ben).get(`/admin/helpdesk/tickets/${ticket.id}`)).status).toBe(200)

        const moved = await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/assign`, {
          department_id: billing,
          comment: "Billing handles refunds",
        })
        expect(moved.status).toBe(200)
        expect(moved.data.ticket.events.at(-1)).toMatchObject({
          type: "assign",
          actor_id: ada.id,
          data: { department_id: billing, comment: "Billing handles refunds" },
        })
        expect((await as(ben).get(`/admin/helpdesk/tickets/${ticket.id}`)).status).toBe(404)
      })

      it("lets only supervisors change departments and settings", async () => {
        await as(ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] })
        const res = await as(ben).post("/admin/helpdesk/departments", { name: "Sneaky" })
        expect(res.status).toBe(403)
        expect(res.data.message).toBe("Only helpdesk supervisors can change departments and settings.")
        expect((await as(ben).post("/admin/helpdesk/settings", { supervisor_user_ids: [] })).status).toBe(403)
        expect((await as(ben).get("/admin/helpdesk/departments")).data.count).toBe(2)
      })

      it("refuses an unknown agent as member or supervisor", async () => {
        const res = await as(ada).post(`/admin/helpdesk/departments/${returns}/members`, { add: ["user_nobody"] })
        expect(res.status).toBe(404)
        expect(res.data.message).toBe("Admin user user_nobody was not found.")
        const settings = await as(ada).post("/admin/helpdesk/settings", { supervisor_user_ids: ["user_nobody"] })
        expect(settings.status).toBe(404)
      })

      it("keeps a deleted department's tickets, with no department", async () => {
        const ticket = await openTicket("Return", { department_id: returns })
        expect((await as(ada).delete(`/admin/helpdesk/departments/${returns}`)).data.deleted).toBe(true)
        const after = await as(ada).get(`/admin/helpdesk/tickets/${ticket.id}`)
        expect(after.data.ticket.department_id).toBeNull()
      })
    })

    describe("claims (SPEC §6 'Claim')", () => {
      it("blocks other agents' replies and actions, naming the holder, until taken over", async () => {
        const ticket = await openTicket("Where is my order?")
        const claimed = await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/claim`)
        expect(claimed.data.ticket.claimed_by_id).toBe(ada.id)

        for (const res of [
          await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Me too" }),
          await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/close`),
          await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/claim`),
          await as(ben).delete(`/admin/helpdesk/tickets/${ticket.id}/claim`),
        ]) {
          expect(res.status).toBe(409)
          expect(res.data.code).toBe("ticket_claimed")
          expect(res.data.message).toMatch(/^Ada Agent <ada@example.com> is working on this ticket/)
        }
        // A note for the holder does not collide with their work.
        expect((await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: "FYI" })).status).toBe(201)

        const taken = await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/claim`, { take_over: true })
        expect(taken.data.ticket.claimed_by_id).toBe(ben.id)
        expect(taken.data.ticket.events.at(-1)).toMatchObject({
          type: "claim_taken_over",
          actor_id: ben.id,
          data: { from: ada.id },
        })
        const adaNow = await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Hi" })
        expect(adaNow.status).toBe(409)
        expect(adaNow.data.message).toMatch(/^Ben Agent <ben@example.com> is working on this ticket/)
      })

      it("is renewed by the holder's activity and released on send-and-close", async () => {
        const ticket = await openTicket("Refund")
        const first = (await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/claim`)).data.ticket
        await new Promise((r) => setTimeout(r, 50))
        const replied = await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Checking" })
        expect(new Date(replied.data.ticket.claim_expires_at).getTime()).toBeGreaterThan(
          new Date(first.claim_expires_at).getTime()
        )
        const closed = await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Done", close: true })
        expect(closed.data.ticket).toMatchObject({ status: "closed", claimed_by_id: null, claim_expires_at: null })
        expect((await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/reopen`)).status).toBe(200)
      })

      it("lapses after the idle time, and can be released by its holder", async () => {
        const ticket = await openTicket("Exchange")
        const claim = (await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/claim`)).data.ticket
        // 15 idle minutes by default.
        const minutes = (new Date(claim.claim_expires_at).getTime() - Date.now()) / 60_000
        expect(minutes).toBeGreaterThan(14)
        expect(minutes).toBeLessThanOrEqual(15)

        await getContainer()
          .resolve("helpdesk")
          .updateTickets({ id: ticket.id, claim_expires_at: new Date(Date.now() - 1000) })
        expect((await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/assign`, { assignee_id: ben.id })).status).toBe(200)

        await as(ben).post(`/admin/helpdesk/tickets/${ticket.id}/claim`)
        const released = await as(ben).delete(`/admin/helpdesk/tickets/${ticket.id}/claim`)
        expect(released.data.ticket.claimed_by_id).toBeNull()
        expect(released.data.ticket.events.at(-1)).toMatchObject({ type: "claim_released", actor_id: ben.id })
        expect((await as(ada).post(`/admin/helpdesk/tickets/${ticket.id}/close`)).status).toBe(200)
      })
    })
  },
})
