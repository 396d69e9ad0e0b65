import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { requestListUrl } from "../../src/workflows"
import { createAdminUser } from "../helpers/admin"
import { createPublishableKey, createShopper, Shopper } from "../helpers/customer"

jest.setTimeout(300_000)

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let helpdesk: HelpdeskModuleService
    let key: string
    let agent: { id: string; email: string }

    beforeEach(async () => {
      helpdesk = getContainer().resolve(HELPDESK_MODULE)
      key = await createPublishableKey(getContainer())
      const created = await createAdminUser(getContainer(), `ada-${Date.now()}@shop.test`)
      await getContainer().resolve(Modules.USER).updateUsers({ id: created.user.id, first_name: "Ada" })
      agent = { id: created.user.id, email: created.user.email }
    })

    const get = (path: string, who?: Shopper) =>
      api.get(path, { headers: who?.headers ?? { "x-publishable-api-key": key } }).catch((e: any) => e.response)
    const post = (path: string, body: unknown, who: Shopper) => api.post(path, body, { headers: who.headers }).catch((e: any) => e.response)

    /** A file stored privately, as mail import and uploads store them. */
    const storeFile = async (name: string) => {
      const [file] = await getContainer().resolve(Modules.FILE).createFiles([
        { filename: name, mimeType: "text/plain", content: Buffer.from(`content of ${name}`).toString("base64"), access: "private" },
      ])
      return file.id
    }

    /**
     * A request with everything a ticket holds: the customer's message with a
     * file, support's reply, an internal note with a file, a forward to a
     * colleague and the colleague's answer, a system line.
     */
    const request = async (opts: { channel: string; customer_id: string | null; contact_email: string; subject: string }) => {
      const [ticket] = await helpdesk.createNumberedTickets([{ ...opts, last_message_at: minutesAgo(1) }])
      const messages = await helpdesk.createTicketMessages([
        { ticket_id: ticket.id, kind: "message", author_type: "customer", author_email: opts.contact_email, body_text: `Question in ${opts.subject}`, created_at: minutesAgo(6) },
        { ticket_id: ticket.id, kind: "message", author_type: "agent", author_id: agent.id, body_text: `Answer in ${opts.subject}`, created_at: minutesAgo(5) },
        { ticket_id: ticket.id, kind: "note", author_type: "agent", author_id: agent.id, body_text: `Internal note in ${opts.subject}`, created_at: minutesAgo(4) },
        { ticket_id: ticket.id, kind: "forward", author_type: "agent", author_id: agent.id, body_text: `Forward in ${opts.subject}`, created_at: minutesAgo(3) },
        { ticket_id: ticket.id, kind: "forward", author_type: "colleague", author_email: "warehouse@shop.test", body_text: `Colleague in ${opts.subject}`, created_at: minutesAgo(2) },
        { ticket_id: ticket.id, kind: "system", author_type: "system", body_text: `System line in ${opts.subject}`, created_at: minutesAgo(1) },
      ] as any)
      const [photo, notes] = await helpdesk.createTicketAttachments([
        { message_id: messages[0].id, file_id: await storeFile("photo.txt"), filename: "photo.txt", content_type: "text/plain", size: 20 },
        { message_id: messages[2].id, file_id: await storeFile("internal.txt"), filename: "internal.txt", content_type: "text/plain", size: 20 },
      ] as any)
      return { ...ticket, photo_id: photo.id, internal_file_id: notes.id }
    }

    /** What no store answer may carry. */
    const internals = (body: unknown, subject: string) => {
      const text = JSON.stringify(body)
      return [`Internal note in ${subject}`, `Forward in ${subject}`, `Colleague in ${subject}`, `System line in ${subject}`, agent.email, agent.id, "file_id", "private-", "warehouse@shop.test", "assignee", "department"].filter((s) => text.includes(s))
    }

    describe("GET /store/helpdesk/tickets", () => {
      it("lists only the signed-in customer's requests, with the status customers see", async () => {
        const ann = await createShopper(getContainer(), "ann@example.org", key)
        const bob = await createShopper(getContainer(), "bob@example.org", key)
        const anns = await request({ channel: "cabinet", customer_id: ann.id, contact_email: ann.email, subject: "Ann's parcel" })
        const bobs = await request({ channel: "cabinet", customer_id: bob.id, contact_email: bob.email, subject: "Bob's refund" })

        const listed = await get("/store/helpdesk/tickets", ann)
        expect(listed.status).toBe(200)
        expect(listed.data.tickets).toEqual([
          {
            id: anns.id,
            number: anns.number,
            subject: "Ann's parcel",
            status: "new_reply",
            order_id: null,
            unread: true,
            archived: false,
            created_at: expect.any(String),
            updated_at: expect.any(String),
          },
        ])
        expect((await get("/store/helpdesk/tickets", bob)).data.tickets.map((t: any) => t.id)).toEqual([bobs.id])
        expect(internals(listed.data, "Ann's parcel")).toEqual([])
      })

      it("pages by cursor, latest activity first, and keeps archived requests apart", async () => {
        const cat = await createShopper(getContainer(), "cat@example.org", key)
        const made: string[] = []
        for (let i = 0; i < 5; i++) {
          const [t] = await helpdesk.createNumberedTickets([
            { subject: `Request ${i}`, channel: "cabinet", customer_id: cat.id, contact_email: cat.email, last_message_at: minutesAgo(10 - i) },
          ])
          made.push(t.id)
        }
        await helpdesk.updateTickets({ id: made[4], archived_at: new Date() })
        const first = await get("/store/helpdesk/tickets?limit=2", cat)
        expect(first.data.tickets.map((t: any) => t.subject)).toEqual(["Request 3", "Request 2"])
        const second = await get(`/store/helpdesk/tickets?limit=2&cursor=${first.data.next_cursor}`, cat)
        expect(second.data.tickets.map((t: any) => t.subject)).toEqual(["Request 1", "Request 0"])
        const archived = await get("/store/helpdesk/tickets?view=archived", cat)
        expect(archived.data.tickets.map((t: any) => [t.subject, t.status, t.archived])).toEqual([["Request 4", "archived", true]])
        expect((await get("/store/helpdesk/tickets?view=all", cat)).data.tickets).toHaveLength(5)
      })

      it("answers 401 without a signed-in customer and 400 for what it does not take, fields included", async () => {
        const dan = await createShopper(getContainer(), "dan@example.org", key)
        expect((await get("/store/helpdesk/tickets")).status).toBe(401)
        const walk = await get("/store/helpdesk/tickets?fields=messages.body_text,department.tickets.id", dan)
        expect(walk.status).toBe(400)
        expect(walk.data.message).toMatch(/fields/)
        expect((await get("/store/helpdesk/tickets?view=trash", dan)).status).toBe(400)
        expect((await get("/store/helpdesk/tickets?limit=500", dan)).status).toBe(400)
        const noKey = await api.get("/store/helpdesk/tickets", { headers: { authorization: dan.headers.authorization } }).catch((e: any) => e.response)
        expect(noKey.status).toBe(400)
      })
    })

    describe("GET /store/helpdesk/tickets/:id", () => {
      it("shows the customer's messages and support's replies with their files, never notes, forwards or agents' addresses", async () => {
        const eve = await createShopper(getContainer(), "eve@example.org", key)
        const t = await request({ channel: "cabinet", customer_id: eve.id, contact_email: eve.email, subject: "Eve's kettle" })
        const res = await get(`/store/helpdesk/tickets/${t.id}`, eve)
        expect(res.status).toBe(200)
        expect(res.data.ticket.messages).toEqual([
          {
            id: expect.any(String),
            author: "customer",
            author_name: null,
            body_text: "Question in Eve's kettle",
            body_html: null,
            created_at: expect.any(String),
            attachments: [{ id: t.photo_id, filename: "photo.txt", content_type: "text/plain", size: 20 }],
          },
          { id: expect.any(String), author: "support", author_name: "Ada", body_text: "Answer in Eve's kettle", body_html: null, created_at: expect.any(String), attachments: [] },
        ])
        expect(internals(res.data, "Eve's kettle")).toEqual([])

        const photo = await get(`/store/helpdesk/tickets/${t.id}/attachments/${t.photo_id}`, eve)
        expect(photo.status).toBe(200)
        expect(photo.data).toBe("content of photo.txt")
        // A note's file is not the customer's, even on their own ticket.
        expect((await get(`/store/helpdesk/tickets/${t.id}/attachments/${t.internal_file_id}`, eve)).status).toBe(404)
      })

      it("answers 404 to another customer for the ticket and each of its files", async () => {
        const fay = await createShopper(getContainer(), "fay@example.org", key)
        const gus = await createShopper(getContainer(), "gus@example.org", key)
        const t = await request({ channel: "cabinet", customer_id: fay.id, contact_email: fay.email, subject: "Fay's order" })
        for (const path of [`/store/helpdesk/tickets/${t.id}`, `/store/helpdesk/tickets/${t.id}/attachments/${t.photo_id}`, `/store/helpdesk/tickets/${t.id}/attachments/${t.internal_file_id}`]) {
          const res = await get(path, gus)
          expect({ path, status: res.status }).toEqual({ path, status: 404 })
          expect(JSON.stringify(res.data)).not.toMatch(/Fay's order|content of/)
        }
        const deleted = await request({ channel: "cabinet", customer_id: fay.id, contact_email: fay.email, subject: "Fay's trash" })
        await helpdesk.updateTickets({ id: deleted.id, status: "deleted", status_before_delete: "new" })
        expect((await get(`/store/helpdesk/tickets/${deleted.id}`, fay)).status).toBe(404)
      })
    })

    describe("email ownership (SPEC §6)", () => {
      it("shows mail requests only once the customer proved the address; registering with someone's address shows nothing of theirs", async () => {
        // Hal's mail came from hal@example.org; Ivy registered with that address.
        const ivy = await createShopper(getContainer(), "hal@example.org", key)
        const mail = await request({ channel: "email", customer_id: ivy.id, contact_email: "hal@example.org", subject: "Hal's warranty" })
        const form = await request({ channel: "form", customer_id: null, contact_email: "hal@example.org", subject: "Hal's form" })
        expect((await get("/store/helpdesk/tickets?view=all", ivy)).data.tickets).toEqual([])
        for (const t of [mail, form]) expect((await get(`/store/helpdesk/tickets/${t.id}`, ivy)).status).toBe(404)

        // An altered link proves nothing.
        const link = await requestListUrl(getContainer(), "hal@example.org")
        const token = link.split("/").pop()!
        const forged = await post("/store/helpdesk/email-proofs", { token: `${token.slice(0, -2)}xx` }, ivy)
        expect(forged.status).toBe(404)
        expect((await get("/store/helpdesk/tickets?view=all", ivy)).data.tickets).toEqual([])

        // Hal, signed in with another address, opens the link mailed to hal@example.org.
        const hal = await createShopper(getContainer(), "hal.work@example.org", key)
        const proof = await post("/store/helpdesk/email-proofs", { token }, hal)
        expect(proof.status).toBe(201)
        expect(proof.data.email_proof).toEqual({ email: "hal@example.org", created: true })
        expect((await post("/store/helpdesk/email-proofs", { token }, hal)).status).toBe(200)
        const halSees = (await get("/store/helpdesk/tickets?view=all", hal)).data.tickets.map((t: any) => t.subject).sort()
        expect(halSees).toEqual(["Hal's form", "Hal's warranty"])
        expect((await get(`/store/helpdesk/tickets/${mail.id}`, hal)).data.ticket.messages).toHaveLength(2)
        // Ivy still sees nothing of Hal's.
        expect((await get("/store/helpdesk/tickets?view=all", ivy)).data.tickets).toEqual([])
      })

      it("refuses a proof without a token or a session", async () => {
        const jo = await createShopper(getContainer(), "jo@example.org", key)
        const empty = await post("/store/helpdesk/email-proofs", {}, jo)
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/token/)
        const anonymous = await api
          .post("/store/helpdesk/email-proofs", { token: "x" }, { headers: { "x-publishable-api-key": key } })
          .catch((e: any) => e.response)
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
