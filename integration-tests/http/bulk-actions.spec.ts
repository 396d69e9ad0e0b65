import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { as } from "../helpers/admin"
import { startFakeImap } from "../helpers/fake-imap"
import { useHelpdeskTeam } from "../helpers/helpdesk-team"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const team = useHelpdeskTeam(api, getContainer)

    const openTicket = async (subject: string, fields: Record<string, unknown> = {}) => {
      const [ticket] = await team().helpdesk.createNumberedTickets([{ subject, channel: "email", contact_email: "c@example.com", ...fields }])
      return ticket.id as string
    }
    const statusOf = async (ids: string[]) =>
      Object.fromEntries((await team().helpdesk.listTickets({ id: ids }, { select: ["id", "status", "assignee_id"] })).map((t) => [t.id, t]))

    describe("POST /admin/helpdesk/bulk-actions", () => {
      it("closes what the agent may close and says, ticket by ticket, why the rest was refused", async () => {
        const { agents, returns, billing } = team()
        const mine = await openTicket("Where is my parcel", { department_id: returns })
        const claimed = await openTicket("Broken lid", { department_id: returns })
        const elsewhere = await openTicket("Invoice copy", { department_id: billing })
        expect((await as(api, agents.supervisor).post(`/admin/helpdesk/tickets/${claimed}/claim`)).status).toBe(200)

        const res = await as(api, agents.member).post("/admin/helpdesk/bulk-actions", {
          action: "close",
          ticket_ids: [mine, claimed, elsewhere, "hdtkt_missing"],
        })
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ action: "close", done: 1, refused: 3 })
        const byId = Object.fromEntries(res.data.results.map((r: any) => [r.ticket_id, r]))
        expect(byId[mine]).toEqual({ ticket_id: mine, ok: true })
        expect(byId[claimed]).toMatchObject({ ok: false, status: 409 })
        expect(byId[claimed].message).toMatch(/claim/i)
        // A ticket of another department is refused exactly like one that does not exist.
        expect(byId[elsewhere]).toEqual({ ticket_id: elsewhere, ok: false, status: 404, message: `Ticket ${elsewhere} was not found.` })
        expect(byId.hdtkt_missing).toMatchObject({ ok: false, status: 404 })

        const after = await statusOf([mine, claimed, elsewhere])
        expect(after[mine].status).toBe("closed")
        expect(after[claimed].status).toBe("new")
        expect(after[elsewhere].status).toBe("new")
      })

      it("assigns, deletes and restores several tickets, each with its own history line", async () => {
        const { agents, returns } = team()
        const ids = [await openTicket("One", { department_id: returns }), await openTicket("Two")]
        const sam = as(api, agents.supervisor)

        const assigned = await sam.post("/admin/helpdesk/bulk-actions", { action: "assign", ticket_ids: ids, assignee_id: agents.assignee.id, comment: "Yours" })
        expect(assigned.data).toMatchObject({ done: 2, refused: 0 })
        expect(Object.values(await statusOf(ids)).map((t: any) => t.assignee_id)).toEqual([agents.assignee.id, agents.assignee.id])

        const before = Object.values(await statusOf(ids)).map((t: any) => t.status)
        expect((await sam.post("/admin/helpdesk/bulk-actions", { action: "delete", ticket_ids: ids })).data.done).toBe(2)
        expect(Object.values(await statusOf(ids)).map((t: any) => t.status)).toEqual(["deleted", "deleted"])
        expect((await sam.post("/admin/helpdesk/bulk-actions", { action: "restore", ticket_ids: ids })).data.done).toBe(2)
        expect(Object.values(await statusOf(ids)).map((t: any) => t.status)).toEqual(before)

        const [one] = await team().helpdesk.listTickets({ id: ids[0] }, { relations: ["events"] })
        expect(one.events.map((e: any) => e.type)).toEqual(expect.arrayContaining(["assign", "delete", "restore"]))
      })

      it.each([
        ["an unknown action", { action: "explode", ticket_ids: ["a"] }, /action/],
        ["no tickets", { action: "close", ticket_ids: [] }, /ticket_ids/],
        ["more than a page of tickets", { action: "close", ticket_ids: Array.from({ length: 101 }, (_, i) => `t${i}`) }, /ticket_ids/],
        ["assign without whom", { action: "assign", ticket_ids: ["a"] }, /assignee_id/],
        ["an assignee on close", { action: "close", ticket_ids: ["a"], assignee_id: "u" }, /assignee_id/],
        ["an unknown field", { action: "close", ticket_ids: ["a"], status: "closed" }, /status/],
      ])("refuses %s with 400 naming the field", async (_name, body, field) => {
        const res = await as(api, team().agents.supervisor).post("/admin/helpdesk/bulk-actions", body)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(field)
      })
    })

    describe("POST /admin/helpdesk/collect (the list's Refresh now)", () => {
      it("collects every enabled mailbox and reports each one's result", async () => {
        const imap = await startFakeImap()
        try {
          const sam = as(api, team().agents.supervisor)
          const mailbox = (name: string, enabled = true) =>
            sam.post("/admin/helpdesk/mailboxes", {
              name,
              address: `${name.toLowerCase()}@shop.test`,
              enabled,
              imap_host: "127.0.0.1",
              imap_port: imap.port,
              imap_secure: false,
              imap_user: name.toLowerCase(),
              imap_password: "secret",
            })
          for (const [name, enabled] of [["Sales", true], ["Support", true], ["Archive", false]] as const) {
            expect((await mailbox(name, enabled)).status).toBe(201)
          }
          // Any agent may refresh the list, not only the supervisors who manage mailboxes.
          const res = await as(api, team().agents.member).post("/admin/helpdesk/collect")
          expect(res.status).toBe(200)
          expect(res.data.imported).toBe(0)
          expect(res.data.mailboxes.map((m: any) => m.name)).toEqual(["Sales", "Support"])
          for (const run of res.data.mailboxes) {
            expect(run).toMatchObject({ busy: false, imported: 0 })
            expect(run.error).toBeTruthy()
          }
          expect(imap.received()).toMatch(/sales/)
          expect(imap.received()).toMatch(/support/)
          expect(imap.received()).not.toMatch(/archive/)
        } finally {
          await imap.stop()
        }
      })

      it("refuses a body it does not understand with 400", async () => {
        const res = await as(api, team().agents.member).post("/admin/helpdesk/collect", { mailbox_id: "anything" })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/mailbox_id/)
      })
    })
  },
})
