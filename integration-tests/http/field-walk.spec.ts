import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ticketFieldWalks } from "../fixtures/relation-paths"
import { as } from "../helpers/admin"
import { createTicketFixture, TicketFixture, useHelpdeskTeam } from "../helpers/helpdesk-team"

jest.setTimeout(600_000)

const WALKS = ticketFieldWalks()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    /** Returns' ticket assigned to Asa of Billing: the one Returns ticket she may see. */
    let hers: TicketFixture
    let others: TicketFixture[]

    const team = useHelpdeskTeam(api, getContainer)
    beforeEach(async () => {
      hers = await createTicketFixture(getContainer(), { department_id: team().returns, assignee_id: team().agents.assignee.id })
      others = [
        await createTicketFixture(getContainer(), { department_id: team().returns, subject: "Other return" }),
        await createTicketFixture(getContainer(), { department_id: team().returns, subject: "Third return", status: "deleted" }),
      ]
    })

    const asa = () => as(api, team().agents.assignee)


    /** What must never show: other tickets of Returns, and any stored file's key (hers included). */
    function leaks(body: unknown): string[] {
      const text = JSON.stringify(body)
      const secrets = [
        ...others.flatMap((t) => [t.id, `"${t.number}"`, `of ${t.number}`, ...t.message_ids]),
        ...[hers, ...others].flatMap((t) => [t.file_id, t.raw_file_id]),
      ]
      return secrets.filter((secret) => text.includes(secret))
    }

    function expectSafe(route: string, fields: string, res: any) {
      // Refused with a reason, or answered: anything else (a 500) is a failure too.
      const answer = res.status === 400 ? /cannot be requested here/.test(res.data.message) : [200, 201].includes(res.status)
      expect({ route, fields, status: res.status, answer, leaks: leaks(res.data) }).toEqual({
        route,
        fields,
        status: res.status,
        answer: true,
        leaks: [],
      })
    }

    it(`walks ${WALKS.length} relation paths from the ticket, list and create routes without reaching other tickets or file keys`, async () => {
      const q = (fields: string) => `fields=${encodeURIComponent(fields)}`
      for (const fields of WALKS) {
        expectSafe("GET /tickets/:id", fields, await asa().get(`/admin/helpdesk/tickets/${hers.id}?${q(fields)}`))
        expectSafe("GET /tickets", fields, await asa().get(`/admin/helpdesk/tickets?limit=100&${q(fields)}`))
        expectSafe(
          "POST /tickets",
          fields,
          await asa().post(`/admin/helpdesk/tickets?${q(fields)}`, { subject: "Opened by Asa", contact_email: "c@example.com" })
        )
      }
    })

    it("refuses a file key or another ticket's relation with 400 and says why", async () => {
      for (const fields of ["messages.attachments.file_id", "messages.raw_file_id", "department.tickets.id", "*department.tickets"]) {
        const res = await asa().get(`/admin/helpdesk/tickets/${hers.id}?fields=${encodeURIComponent(fields)}`)
        expect({ fields, status: res.status }).toEqual({ fields, status: 400 })
        expect(res.data.message).toContain(`These fields cannot be requested here: ${fields}.`)
      }
    })

    it("still answers the allowed fields, with the ticket's own data", async () => {
      const res = await asa().get(
        `/admin/helpdesk/tickets/${hers.id}?fields=${encodeURIComponent("id,number,*department,messages.body_text,messages.attachments.filename,*events")}`
      )
      expect(res.status).toBe(200)
      expect(res.data.ticket.number).toBe(hers.number)
      expect(res.data.ticket.department).toMatchObject({ id: team().returns, name: "Returns" })
      expect(res.data.ticket.department.tickets).toBeUndefined()
      expect(res.data.ticket.messages.map((m: any) => m.body_text)).toContain(`First words of ${hers.number}`)
      // A relation named bare, as `*relation` is allowed: an answer, not a 500.
      for (const fields of ["department", "events", "watchers"]) {
        const bare = await asa().get(`/admin/helpdesk/tickets/${hers.id}?fields=${fields}`)
        expect({ fields, status: bare.status, leaks: leaks(bare.data) }).toEqual({ fields, status: 200, leaks: [] })
      }
      const list = await asa().get(`/admin/helpdesk/tickets?fields=${encodeURIComponent("+department.name,+messages.body_text")}`)
      expect(list.status).toBe(200)
      expect(list.data.tickets.map((t: any) => t.id)).toEqual([hers.id])
      expect(leaks(list.data)).toEqual([])
    })

    it("leaks nothing through the other routes of a ticket she may see, whatever `fields` says", async () => {
      const ticketRoutes: [string, (fields: string) => Promise<any>][] = [
        ["GET attachment", (f) => asa().get(`/admin/helpdesk/tickets/${hers.id}/attachments/${hers.attachment_id}?${f}`)],
        ["GET raw", (f) => asa().get(`/admin/helpdesk/tickets/${hers.id}/messages/${hers.message_ids[0]}/raw?${f}`)],
        ["POST /:id", (f) => asa().post(`/admin/helpdesk/tickets/${hers.id}?${f}`, { subject: "Renamed" })],
        ["POST notes", (f) => asa().post(`/admin/helpdesk/tickets/${hers.id}/notes?${f}`, { body_text: "Seen" })],
        ["POST watch", (f) => asa().post(`/admin/helpdesk/tickets/${hers.id}/watch?${f}`)],
        ["DELETE watch", (f) => asa().delete(`/admin/helpdesk/tickets/${hers.id}/watch?${f}`)],
        ["POST claim", (f) => asa().post(`/admin/helpdesk/tickets/${hers.id}/claim?${f}`)],
        ["DELETE claim", (f) => asa().delete(`/admin/helpdesk/tickets/${hers.id}/claim?${f}`)],
        ["POST close", (f) => asa().post(`/admin/helpdesk/tickets/${hers.id}/close?${f}`)],
        ["POST reopen", (f) => asa().post(`/admin/helpdesk/tickets/${hers.id}/reopen?${f}`)],
      ]
      const dangerous = ["department.tickets.messages.body_text", "*department.tickets", "messages.raw_file_id", "messages.attachments.file_id"]
      // Routes inside, so close and reopen take turns.
      for (const fields of dangerous) {
        for (const [route, call] of ticketRoutes) {
          expectSafe(route, fields, await call(`fields=${encodeURIComponent(fields)}`))
        }
      }
    })
  },
})
