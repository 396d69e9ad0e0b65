import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { as, Agent } from "../helpers/admin"
import { createTicketFixture, useHelpdeskTeam } from "../helpers/helpdesk-team"

jest.setTimeout(240_000)

/** What the admin's note and reply editors send with files: the JSON body in `payload`, files beside it. */
async function postForm(api: any, agent: Agent, url: string, payload: unknown, files: { name: string; content: string }[]) {
  const form = new FormData()
  form.append("payload", JSON.stringify(payload))
  for (const file of files) form.append("files", new Blob([file.content], { type: "text/plain" }), file.name)
  const res = await fetch(`${api.defaults.baseURL}${url}`, { method: "POST", headers: agent.headers, body: form })
  return { status: res.status, data: await res.json() }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const team = useHelpdeskTeam(api, getContainer)
    const mia = () => team().agents.member

    describe("POST /admin/helpdesk/tickets/:id/notes with files", () => {
      it("keeps the files and the sanitised HTML on the note, and the agent can download them", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })

        const res = await postForm(
          api,
          mia(),
          `/admin/helpdesk/tickets/${ticket.id}/notes`,
          { body_text: "Courier photo attached", body_html: "<p>Courier <strong>photo</strong> attached</p><script>alert(1)</script>" },
          [{ name: "courier.txt", content: "waybill 4471" }]
        )

        expect(res.status).toBe(201)
        const note = res.data.ticket.messages.find((m: any) => m.body_text === "Courier photo attached")
        expect(note).toMatchObject({ kind: "note", author_id: mia().id })
        expect(note.body_html).toContain("<strong>photo</strong>")
        expect(note.body_html).not.toContain("script")
        expect(note.attachments).toEqual([expect.objectContaining({ filename: "courier.txt", size: 12 })])
        const file = await as(api, mia()).get(`/admin/helpdesk/tickets/${ticket.id}/attachments/${note.attachments[0].id}`)
        expect(file.status).toBe(200)
        expect(file.data).toBe("waybill 4471")
      })

      it("still takes a note as plain JSON", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        const res = await as(api, mia()).post(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: "Called the courier" })
        expect(res.status).toBe(201)
        expect(res.data.ticket.messages.find((m: any) => m.body_text === "Called the courier")).toMatchObject({ kind: "note", body_html: null })
      })

      it("answers 400 for an empty note and keeps none of its files", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        const res = await postForm(api, mia(), `/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: " " }, [
          { name: "orphan.txt", content: "nobody keeps me" },
        ])
        expect(res.status).toBe(400)
        const attachments = await team().helpdesk.listTicketAttachments({ filename: "orphan.txt" })
        expect(attachments).toEqual([])
      })
    })

    describe("GET /admin/helpdesk/tickets/:id/signature", () => {
      it("fills the mailbox signature in for the ticket and the agent, as the reply mail will", async () => {
        const sam = as(api, team().agents.supervisor)
        const box = await sam.post("/admin/helpdesk/mailboxes", {
          name: "Support",
          address: "support@shop.test",
          imap_host: "127.0.0.1",
          imap_user: "support",
          signature: "{{MY_NAME}}, support\nAbout #{{TICKET_NUMBER}} for {{CUSTOMER_NAME}}",
        })
        expect(box.status).toBe(201)
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        await team().helpdesk.updateTickets({ id: ticket.id, mailbox_id: box.data.mailbox.id, contact_name: "Kim Lee" })

        const res = await as(api, mia()).get(`/admin/helpdesk/tickets/${ticket.id}/signature`)

        expect(res.status).toBe(200)
        expect(res.data).toEqual({
          mailbox: { id: box.data.mailbox.id, name: "Support", address: "support@shop.test", reply_mode: "full" },
          signature: `Mia Agent, support\nAbout #${ticket.number} for Kim Lee`,
        })
      })

      it("says there is no mailbox when the reply would not be mailed", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        const res = await as(api, mia()).get(`/admin/helpdesk/tickets/${ticket.id}/signature`)
        expect(res.status).toBe(200)
        expect(res.data).toEqual({ mailbox: null, signature: null })
      })

      it("answers 404 to an agent who may not see the ticket", async () => {
        const ticket = await createTicketFixture(getContainer(), { department_id: team().returns })
        const res = await as(api, team().agents.outsider).get(`/admin/helpdesk/tickets/${ticket.id}/signature`)
        expect(res.status).toBe(404)
      })
    })
  },
})
