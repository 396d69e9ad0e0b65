import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { as } from "../helpers/admin"
import { createTicketFixture, useHelpdeskTeam } from "../helpers/helpdesk-team"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {

    const team = useHelpdeskTeam(api, getContainer)

    const remaining = async (ids: string[]) =>
      (await team().helpdesk.listTickets({ id: ids }, { select: ["id"] })).map((t) => t.id).sort()

    describe("DELETE /admin/helpdesk/trash", () => {
      it("empties only the trash an agent may see: a non-supervisor leaves other departments' trash", async () => {
        const container = getContainer()
        const returns = await createTicketFixture(container, { department_id: team().returns, status: "deleted" })
        const billing = await createTicketFixture(container, { department_id: team().billing, status: "deleted" })
        const nobodys = await createTicketFixture(container, { status: "deleted" })
        const openInBilling = await createTicketFixture(container, { department_id: team().billing })
        const all = [returns.id, billing.id, nobodys.id, openInBilling.id]

        const otto = await as(api, team().agents.outsider).delete("/admin/helpdesk/trash")
        expect(otto.status).toBe(200)
        expect([...otto.data.ids].sort()).toEqual([billing.id, nobodys.id].sort())
        expect(await remaining(all)).toEqual([returns.id, openInBilling.id].sort())
        // Their files went with them; the Returns ticket's are still there.
        const files = container.resolve(Modules.FILE)
        await expect(files.getAsBuffer(billing.file_id)).rejects.toThrow()
        expect((await files.getAsBuffer(returns.file_id)).toString()).toBe(`attachment of ${returns.number}`)

        const sam = await as(api, team().agents.supervisor).delete("/admin/helpdesk/trash")
        expect(sam.data.ids).toEqual([returns.id])
        expect(await remaining(all)).toEqual([openInBilling.id])
      })
    })

    describe("POST and DELETE /admin/helpdesk/customers/:customer_id/notes/:note_id", () => {
      it("lets only the note's author or a supervisor change or delete it", async () => {
        const customer = await getContainer().resolve(Modules.CUSTOMER).createCustomers({ email: "vip@example.com" })
        const notes = `/admin/helpdesk/customers/${customer.id}/notes`
        const mia = as(api, team().agents.member)
        const otto = as(api, team().agents.outsider)
        const note = (await mia.post(notes, { body: "Prefers phone" })).data.note

        for (const res of [await otto.post(`${notes}/${note.id}`, { body: "Rude" }), await otto.delete(`${notes}/${note.id}`)]) {
          expect(res.status).toBe(403)
          expect(res.data.message).toBe("Only the author of a customer note or a helpdesk supervisor can change or delete it.")
        }
        expect((await mia.get(notes)).data.notes.map((n: any) => n.body)).toEqual(["Prefers phone"])

        expect((await mia.post(`${notes}/${note.id}`, { body: "Prefers mail" })).data.note.body).toBe("Prefers mail")
        expect((await as(api, team().agents.supervisor).delete(`${notes}/${note.id}`)).status).toBe(200)
        expect((await mia.get(notes)).data.notes).toEqual([])
      })
    })
  },
})
