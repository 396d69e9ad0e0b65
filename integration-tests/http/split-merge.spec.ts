import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { receiveCustomerMessageWorkflow } from "../../src/workflows"
import { createAdminUser } from "../helpers/admin"

jest.setTimeout(300_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>

    beforeEach(async () => {
      headers = (await createAdminUser(getContainer())).headers
    })

    const post = (url: string, body: unknown = {}) => api.post(url, body, { headers }).catch((e) => e.response)
    const get = (url: string) => api.get(url, { headers }).then((r) => r.data)
    const open = async (subject: string, body_text: string) =>
      (await post("/admin/helpdesk/tickets", { subject, contact_email: "anna@example.com", message: { body_text } }))
        .data.ticket

    describe("POST /admin/helpdesk/tickets/:id/split", () => {
      it("moves the chosen message and everything after it to a new ticket, and both histories say so", async () => {
        const ticket = await open("Jacket too small", "The jacket is too small.")
        await post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "We will exchange it." })
        await receiveCustomerMessageWorkflow(getContainer()).run({
          input: { ticket_id: ticket.id, author: { email: "anna@example.com" }, body_text: "Separately: my invoice is wrong." },
        })
        await post(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: "Invoice issue, billing" })
        const before = (await get(`/admin/helpdesk/tickets/${ticket.id}`)).ticket
        const invoiceMessage = before.messages.find((m: any) => m.body_text.includes("invoice"))

        const res = await post(`/admin/helpdesk/tickets/${ticket.id}/split`, { message_id: invoiceMessage.id })
        expect(res.status).toBe(201)
        const { ticket: source, split_ticket: split } = res.data
        expect(source.messages.map((m: any) => m.body_text)).toEqual(["The jacket is too small.", "We will exchange it."])
        expect(split.messages.map((m: any) => m.body_text)).toEqual([
          "Separately: my invoice is wrong.",
          "Invoice issue, billing",
        ])
        expect(split).toMatchObject({ contact_email: "anna@example.com", status: "new", subject: "Jacket too small" })
        expect(split.number).not.toBe(source.number)
        expect(source.events.at(-1)).toMatchObject({ type: "split", data: { to: split.id, number: split.number } })
        expect(split.events.map((e: any) => e.type)).toContain("split_from")

        // The search documents followed the messages.
        const found = await get("/admin/helpdesk/tickets?q=invoice")
        expect(found.tickets.map((t: any) => t.id)).toEqual([split.id])
      })

      it("refuses to split at the first message, which would leave the ticket empty", async () => {
        const ticket = await open("One message", "Only this.")
        const res = await post(`/admin/helpdesk/tickets/${ticket.id}/split`, { message_id: ticket.messages[0].id })
        expect(res.status).toBe(400)
        expect(res.data.message).toBe("Splitting at the first message would leave the ticket empty; pick a later message.")
      })
    })

    describe("POST /admin/helpdesk/tickets/:id/merge", () => {
      it("moves a duplicate's messages over and leaves it as a closed pointer", async () => {
        const main = await open("Refund", "I want a refund.")
        const duplicate = await open("Refund again", "Did you see my refund request?")
        const res = await post(`/admin/helpdesk/tickets/${duplicate.id}/merge`, { into_ticket_id: main.id })
        expect(res.status).toBe(200)
        expect(res.data.ticket.messages.map((m: any) => m.body_text)).toEqual([
          "I want a refund.",
          "Did you see my refund request?",
        ])
        expect(res.data.ticket.events.at(-1)).toMatchObject({
          type: "merged_from",
          data: { from: duplicate.id, number: duplicate.number, messages: 1 },
        })
        const pointer = (await get(`/admin/helpdesk/tickets/${duplicate.id}`)).ticket
        expect(pointer).toMatchObject({ merged_into_id: main.id, status: "closed", messages: [] })
        expect(pointer.events.at(-1)).toMatchObject({ type: "merged_into", data: { to: main.id, number: main.number } })

        const again = await post(`/admin/helpdesk/tickets/${duplicate.id}/merge`, { into_ticket_id: main.id })
        expect(again.status).toBe(400)
        expect(again.data.message).toBe(`Ticket #${duplicate.number} was already merged into another ticket.`)
      })

      it("refuses to merge a ticket into itself or into one that does not exist", async () => {
        const ticket = await open("Alone", "Hi")
        expect((await post(`/admin/helpdesk/tickets/${ticket.id}/merge`, { into_ticket_id: ticket.id })).status).toBe(400)
        const missing = await post(`/admin/helpdesk/tickets/${ticket.id}/merge`, { into_ticket_id: "tkt_missing" })
        expect(missing.status).toBe(404)
      })
    })
  },
})
