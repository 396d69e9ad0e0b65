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

    describe("what a customer does in \"My requests\"", () => {
      /** A multipart request as a storefront sends files: the JSON body in `payload`, files beside it. */
      const postForm = async (path: string, payload: unknown, who: Shopper, files: { name: string; content: string }[]) => {
        const form = new FormData()
        form.append("payload", JSON.stringify(payload))
        for (const f of files) form.append("files", new Blob([f.content], { type: "application/pdf" }), f.name)
        const res = await fetch(`${api.defaults.baseURL}${path}`, { method: "POST", headers: who.headers, body: form })
        return { status: res.status, data: await res.json() }
      }

      it("opens a request with a file, about one of their own orders, in a public department", async () => {
        const kim = await createShopper(getContainer(), "kim@example.org", key)
        const lee = await createShopper(getContainer(), "lee@example.org", key)
        const [order] = await getContainer().resolve(Modules.ORDER).createOrders([{ currency_code: "eur", customer_id: kim.id, email: kim.email }])
        const [leesOrder] = await getContainer().resolve(Modules.ORDER).createOrders([{ currency_code: "eur", customer_id: lee.id, email: lee.email }])
        const [shipping, internal] = await helpdesk.createDepartments([
          { name: "Shipping", is_public: true },
          { name: "Fraud review", is_public: false },
        ] as any)

        const notMine = await post("/store/helpdesk/tickets", { subject: "Where?", body_text: "Hello", order_id: leesOrder.id }, kim)
        expect(notMine.status).toBe(400)
        expect(notMine.data.message).toBe(`Order ${leesOrder.id} is not one of your orders.`)
        const hidden = await post("/store/helpdesk/tickets", { subject: "Where?", body_text: "Hello", department_id: internal.id }, kim)
        expect(hidden.status).toBe(400)
        const empty = await post("/store/helpdesk/tickets", { subject: "", body_text: "Hello" }, kim)
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/subject/)
        expect((await get("/store/helpdesk/tickets?view=all", kim)).data.tickets).toEqual([])

        const res = await postForm(
          "/store/helpdesk/tickets",
          { subject: "Parcel damaged", body_text: "The box was crushed.", order_id: order.id, department_id: shipping.id },
          kim,
          [{ name: "box.pdf", content: "photo of the box" }]
        )
        expect(res.status).toBe(201)
        expect(res.data.ticket).toMatchObject({ subject: "Parcel damaged", status: "awaiting_support", order_id: order.id, unread: false })
        expect(res.data.ticket.messages).toMatchObject([
          { author: "customer", body_text: "The box was crushed.", attachments: [{ filename: "box.pdf", size: 16 }] },
        ])
        const [stored] = await helpdesk.listTickets({ id: res.data.ticket.id })
        expect(stored).toMatchObject({ channel: "cabinet", customer_id: kim.id, contact_email: "kim@example.org", department_id: shipping.id })
        const file = await get(`/store/helpdesk/tickets/${stored.id}/attachments/${res.data.ticket.messages[0].attachments[0].id}`, kim)
        expect(file.data).toBe("photo of the box")
        expect((await get(`/store/helpdesk/tickets/${stored.id}`, lee)).status).toBe(404)
      })

      it("takes the request's language from the storefront's locale, else the store's default", async () => {
        const ivan = await createShopper(getContainer(), "ivan@example.org", key)
        const russian = await api.post("/store/helpdesk/tickets", { subject: "Посылка", body_text: "Где посылка?" }, { headers: { ...ivan.headers, "x-medusa-locale": "ru-RU" } })
        const plain = await post("/store/helpdesk/tickets", { subject: "Parcel", body_text: "Where is it?" }, ivan)
        const french = await api.post("/store/helpdesk/tickets", { subject: "Colis", body_text: "Où?" }, { headers: { ...ivan.headers, "x-medusa-locale": "fr-FR" } })
        const language = async (id: string) => (await helpdesk.listTickets({ id }, { select: ["language"] }))[0].language
        expect(await language(russian.data.ticket.id)).toBe("ru")
        expect(await language(plain.data.ticket.id)).toBe("en")
        expect(await language(french.data.ticket.id)).toBe("en")
      })

      it("writes, reads, cancels, reopens and archives, each where the request's status allows", async () => {
        const max = await createShopper(getContainer(), "max@example.org", key)
        const t = await request({ channel: "cabinet", customer_id: max.id, contact_email: max.email, subject: "Max's jacket" })
        const path = `/store/helpdesk/tickets/${t.id}`

        // Support answered and nobody has read it yet.
        expect((await get(path, max)).data.ticket).toMatchObject({ status: "new_reply", unread: true })
        expect((await post(`${path}/read`, {}, max)).data.ticket).toMatchObject({ status: "awaiting_support", unread: false })

        const wrote = await post(`${path}/messages`, { body_text: "Any news?" }, max)
        expect(wrote.status).toBe(201)
        expect(wrote.data.ticket.messages.map((m: any) => m.body_text)).toEqual(["Question in Max's jacket", "Answer in Max's jacket", "Any news?"])
        expect((await helpdesk.listTicketMessages({ ticket_id: t.id, body_text: "Any news?" }))[0]).toMatchObject({ author_type: "customer", author_email: "max@example.org" })

        const early = await post(`${path}/archive`, {}, max)
        expect(early.status).toBe(409)
        expect(early.data.message).toMatch(/still waiting for an answer/)

        expect((await post(`${path}/cancel`, {}, max)).data.ticket.status).toBe("cancelled")
        const again = await post(`${path}/cancel`, {}, max)
        expect(again.status).toBe(409)
        expect(again.data.message).toBe("Only a request still waiting for support can be cancelled.")

        const archived = await post(`${path}/archive`, {}, max)
        expect(archived.data.ticket).toMatchObject({ status: "archived", archived: true })
        expect((await get("/store/helpdesk/tickets", max)).data.tickets).toEqual([])
        expect((await get("/store/helpdesk/tickets?view=archived", max)).data.tickets.map((x: any) => x.id)).toEqual([t.id])
        const back = await api.delete(`${path}/archive`, { headers: max.headers }).catch((e: any) => e.response)
        expect(back.data.ticket).toMatchObject({ status: "cancelled", archived: false })

        expect((await post(`${path}/reopen`, {}, max)).data.ticket.status).toBe("awaiting_support")
        expect((await helpdesk.listTickets({ id: t.id }))[0].status).toBe("reopened")
        const history = await helpdesk.listTicketEvents({ ticket_id: t.id }, { order: { created_at: "ASC" } })
        expect(history.map((e) => [e.type, e.actor_type])).toEqual(
          expect.arrayContaining([["cancel", "customer"], ["archived", "customer"], ["unarchived", "customer"], ["reopen", "customer"]])
        )
      })

      it("lets no one else act on a request", async () => {
        const ned = await createShopper(getContainer(), "ned@example.org", key)
        const oz = await createShopper(getContainer(), "oz@example.org", key)
        const t = await request({ channel: "cabinet", customer_id: ned.id, contact_email: ned.email, subject: "Ned's boots" })
        for (const action of ["messages", "read", "cancel", "reopen", "archive"]) {
          const res = await post(`/store/helpdesk/tickets/${t.id}/${action}`, action === "messages" ? { body_text: "Mine now" } : {}, oz)
          expect({ action, status: res.status }).toEqual({ action, status: 404 })
        }
        expect(await helpdesk.listTicketMessages({ ticket_id: t.id, body_text: "Mine now" })).toEqual([])
        expect((await helpdesk.listTickets({ id: t.id }))[0]).toMatchObject({ status: "new", archived_at: null, customer_read_at: null })
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
