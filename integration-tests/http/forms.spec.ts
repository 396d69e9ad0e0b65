import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createFormStartToken, HONEYPOT_FIELD } from "../../src/lib/forms/bot-check"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, createTwoAgents, Agent } from "../helpers/admin"
import { createPublishableKey } from "../helpers/customer"
import { useHelpdeskOptions } from "../helpers/helpdesk-options"

jest.setTimeout(300_000)

const SECRET = "test-only-secret-key-0123456789-0123456789"
const secondsAgo = (n: number) => new Date(Date.now() - n * 1000)

// Every test here posts from one address: the per-IP limit is raised so only the per-email one is met.
useHelpdeskOptions({ formRateLimitPerIp: 1000 })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let helpdesk: HelpdeskModuleService
    let key: string
    let ada: Agent
    let ben: Agent
    let emails = 0
    const nextEmail = () => `visitor${++emails}-${Date.now()}@example.org`

    beforeEach(async () => {
      helpdesk = getContainer().resolve(HELPDESK_MODULE)
      key = await createPublishableKey(getContainer())
      ;({ ada, ben } = await createTwoAgents(getContainer()))
    })

    const store = { headers: () => ({ "x-publishable-api-key": key }) }
    const storeGet = (path: string) => api.get(path, { headers: store.headers() }).catch((e: any) => e.response)
    const storePost = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      api.post(path, body, { headers: { ...store.headers(), ...headers } }).catch((e: any) => e.response)

    const repairFields = [
      { key: "name", type: "text", label: { en: "Name" }, required: false },
      { key: "email", type: "email", label: { en: "Email" }, required: true },
      { key: "subject", type: "text", label: { en: "Subject" }, required: true },
      { key: "message", type: "textarea", label: { en: "Message", ru: "Сообщение" }, required: true },
      { key: "serial", type: "text", label: { en: "Serial number" }, required: true },
      { key: "device", type: "select", label: { en: "Device" }, required: true, options: [{ value: "kettle", label: { en: "Kettle" } }, { value: "toaster", label: { en: "Toaster" } }] },
    ]

    const createForm = async (body: Record<string, unknown> = {}) => {
      const res = await as(api, ada).post("/admin/helpdesk/forms", { name: "Repairs (internal)", title: "Repair request", fields: repairFields, altcha_enabled: false, ...body })
      expect(res.status).toBe(201)
      return res.data.form
    }

    /** A filled-in submission, opened long enough ago to pass the minimum fill time. */
    const filled = (formId: string, values: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => ({
      values: { name: "Vera", email: nextEmail(), subject: "Kettle leaks", message: "It leaks from the bottom.", serial: "SN-4471-QX", device: "kettle", ...values },
      start_token: createFormStartToken(SECRET, formId, secondsAgo(30)),
      ...extra,
    })

    describe("managing forms", () => {
      it("a new form works at once: the four standard fields, ALTCHA on, enabled; the public schema hides the admin's settings", async () => {
        const res = await as(api, ada).post("/admin/helpdesk/forms", { name: "Contact us" })
        expect(res.status).toBe(201)
        expect(res.data.form).toMatchObject({ name: "Contact us", title: "Contact us", enabled: true, altcha_enabled: true, language: "en" })
        expect(res.data.form.fields.map((f: any) => f.key)).toEqual(["name", "email", "subject", "message"])

        const schema = await storeGet(`/store/helpdesk/forms/${res.data.form.id}`)
        expect(schema.status).toBe(200)
        expect(schema.data.form.fields[1]).toEqual({ key: "email", type: "email", label: "Email", required: true })
        expect(schema.data.bot_check).toMatchObject({ honeypot_field: HONEYPOT_FIELD, altcha_challenge_url: expect.stringContaining("/challenge") })
        expect(typeof schema.data.bot_check.start_token).toBe("string")
        expect(JSON.stringify(schema.data)).not.toContain("Contact us\",\"name")
        expect(schema.data.form).not.toHaveProperty("name")
        expect(schema.data.form).not.toHaveProperty("mailbox_id")
        expect(schema.data.form).not.toHaveProperty("allowed_origins")
      })

      it("refuses a broken definition naming the problem, and only supervisors change forms", async () => {
        const noEmail = await as(api, ada).post("/admin/helpdesk/forms", { name: "x", fields: repairFields.filter((f) => f.key !== "email") })
        expect(noEmail.status).toBe(400)
        expect(noEmail.data.message).toContain('a form needs the field "email"')
        const badOrigin = await as(api, ada).post("/admin/helpdesk/forms", { name: "x", allowed_origins: ["https://shop.example.com/path"] })
        expect(badOrigin.status).toBe(400)
        expect(badOrigin.data.message).toContain("must be an origin")
        const redirect = await as(api, ada).post("/admin/helpdesk/forms", { name: "x", after_submit: "redirect" })
        expect(redirect.status).toBe(400)

        await as(api, ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] })
        const form = await createForm()
        expect((await as(api, ben).post(`/admin/helpdesk/forms/${form.id}`, { title: "Mine now" })).status).toBe(403)
        expect((await as(api, ben).get(`/admin/helpdesk/forms/${form.id}`)).status).toBe(200)
        const renamed = await as(api, ada).post(`/admin/helpdesk/forms/${form.id}`, { title: "Repairs" })
        expect(renamed.data.form.title).toBe("Repairs")
      })

      it("a disabled or deleted form answers 404 everywhere", async () => {
        const form = await createForm()
        await as(api, ada).post(`/admin/helpdesk/forms/${form.id}`, { enabled: false })
        expect((await storeGet(`/store/helpdesk/forms/${form.id}`)).status).toBe(404)
        expect((await storePost(`/store/helpdesk/forms/${form.id}/submissions`, filled(form.id))).status).toBe(404)
        await as(api, ada).post(`/admin/helpdesk/forms/${form.id}`, { enabled: true })
        expect((await as(api, ada).delete(`/admin/helpdesk/forms/${form.id}`)).status).toBe(200)
        expect((await api.get(`/helpdesk/forms/${form.id}`).catch((e: any) => e.response)).status).toBe(404)
      })
    })

    describe("submitting", () => {
      it("makes a ticket with the extra fields kept and searchable, and a receipt queued from the form's mailbox", async () => {
        const [mailbox] = await helpdesk.createMailboxes([
          { name: "Support", address: "support@shop.test", imap_host: "127.0.0.1", imap_user: "support", smtp_host: "127.0.0.1", smtp_port: 2525, receipt_enabled: true },
        ] as any)
        const form = await createForm({ mailbox_id: mailbox.id })
        const body = filled(form.id)
        const res = await storePost(`/store/helpdesk/forms/${form.id}/submissions`, body)
        expect(res.status).toBe(201)
        expect(res.data.ticket.number).toMatch(/^\d+$/)

        const [ticket] = await helpdesk.listTickets({ number: res.data.ticket.number })
        expect(ticket).toMatchObject({
          channel: "form",
          subject: "Kettle leaks",
          contact_email: (body.values.email as string).toLowerCase(),
          contact_name: "Vera",
          mailbox_id: mailbox.id,
          custom_fields: { serial: "SN-4471-QX", device: "kettle" },
          metadata: { form_id: form.id },
        })
        const receipts = await helpdesk.listOutboundMails({ ticket_id: ticket.id, kind: "receipt" })
        expect(receipts).toHaveLength(1)

        const found = await as(api, ada).get("/admin/helpdesk/tickets?q=SN-4471-QX")
        expect(found.data.tickets.map((t: any) => t.number)).toEqual([res.data.ticket.number])
      })

      it("checks every field on the server and names the wrong ones", async () => {
        const form = await createForm()
        const res = await storePost(`/store/helpdesk/forms/${form.id}/submissions`, filled(form.id, { email: "not-an-address", serial: "", device: "fridge" }))
        expect(res.status).toBe(400)
        expect(res.data.errors.map((e: any) => [e.field, e.code])).toEqual([
          ["email", "invalid_email"],
          ["serial", "required"],
          ["device", "invalid_choice"],
        ])
        expect(res.data.message).toContain("email")
        const shape = await storePost(`/store/helpdesk/forms/${form.id}/submissions`, { values: "everything", start_token: "x" })
        expect(shape.status).toBe(400)
        expect(shape.data.message).toContain("values")
        expect(await helpdesk.listTickets({ channel: "form" })).toHaveLength(0)
      })

      it("makes one ticket for repeats under one idempotency key", async () => {
        const form = await createForm()
        const body = filled(form.id, {}, { idempotency_key: `key-${Date.now()}` })
        const answers = await Promise.all([1, 2, 3].map(() => storePost(`/store/helpdesk/forms/${form.id}/submissions`, body)))
        const created = answers.filter((a) => a.status === 201)
        expect(created).toHaveLength(1)
        for (const a of answers) expect([200, 201, 409]).toContain(a.status)
        const again = await storePost(`/store/helpdesk/forms/${form.id}/submissions`, body)
        expect(again.status).toBe(200)
        expect(again.data.ticket.number).toBe(created[0].data.ticket.number)
        expect(await helpdesk.listTickets({ channel: "form" })).toHaveLength(1)
      })

      it("stores a burst of submissions from many visitors, each as its own ticket with its own message, history, receipt and agents' notices", async () => {
        const [mailbox] = await helpdesk.createMailboxes([
          { name: "Support", address: "support@shop.test", imap_host: "127.0.0.1", imap_user: "support", smtp_host: "127.0.0.1", smtp_port: 2525, receipt_enabled: true },
        ] as any)
        const form = await createForm({ mailbox_id: mailbox.id })
        const run = Date.now()
        const bodies = Array.from({ length: 24 }, (_, i) =>
          filled(form.id, { subject: `Burst ${i}`, message: `Visitor ${i} writes.`, serial: `SN-${run}-${i}` }, { idempotency_key: `burst-${run}-${i}` })
        )
        // Every visitor at once, and visitor 5's browser sending twice.
        const answers = await Promise.all([...bodies, bodies[5]].map((body) => storePost(`/store/helpdesk/forms/${form.id}/submissions`, body)))
        expect(answers.map((a) => a.status).filter((s) => s === 201)).toHaveLength(24)
        expect(answers[24].data.ticket.number).toBe(answers[5].data.ticket.number)
        expect([200, 201]).toContain(answers[24].status)

        const numbers = answers.slice(0, 24).map((a) => a.data.ticket.number)
        expect(new Set(numbers).size).toBe(24)
        const tickets = await helpdesk.listTickets({ number: numbers })
        expect(tickets).toHaveLength(24)
        for (const [i, number] of numbers.entries()) {
          const ticket = tickets.find((t) => t.number === number)!
          expect(ticket).toMatchObject({ subject: `Burst ${i}`, contact_email: (bodies[i].values.email as string).toLowerCase(), custom_fields: { serial: `SN-${run}-${i}`, device: "kettle" } })
          const messages = await helpdesk.listTicketMessages({ ticket_id: ticket.id })
          expect(messages.map((m) => m.body_text)).toEqual([`Visitor ${i} writes.`])
          expect((await helpdesk.listTicketEvents({ ticket_id: ticket.id })).map((e) => e.type)).toEqual(["created"])
          const receipts = await helpdesk.listOutboundMails({ ticket_id: ticket.id, kind: "receipt" })
          expect(receipts.map((r) => r.to)).toEqual([[expect.stringContaining((bodies[i].values.email as string).toLowerCase())]])
        }

        // Agents hear of each ticket after the answers (subscribers run then), with that ticket's own words.
        const notices = async () => helpdesk.listOutboundMails({ ticket_id: tickets.map((t) => t.id), kind: "notification" })
        for (const until = Date.now() + 30_000; (await notices()).length < 48 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 200))
        const sent = await notices()
        expect(sent).toHaveLength(48)
        for (const ticket of tickets) {
          const own = sent.filter((m) => m.ticket_id === ticket.id)
          expect(own.map((m) => m.recipient_user_id).sort()).toEqual([ada.id, ben.id].sort())
          for (const m of own) expect(m.body_text).toContain(`${ticket.subject.replace("Burst", "Visitor")} writes.`)
        }
      })

      it("refuses bots: a filled honeypot, a form sent too soon, a start token of another form, a missing or wrong proof of work", async () => {
        const form = await createForm()
        const other = await createForm()
        const url = `/store/helpdesk/forms/${form.id}/submissions`
        expect((await storePost(url, filled(form.id, {}, { [HONEYPOT_FIELD]: "http://spam.example" }))).status).toBe(400)
        const tooSoon = await storePost(url, { ...filled(form.id), start_token: createFormStartToken(SECRET, form.id, new Date()) })
        expect(tooSoon.status).toBe(422)
        expect(tooSoon.data.message).toContain("too quickly")
        expect((await storePost(url, { ...filled(form.id), start_token: createFormStartToken(SECRET, other.id, secondsAgo(30)) })).status).toBe(422)
        expect((await storePost(url, { ...filled(form.id), start_token: undefined })).status).toBe(422)

        const guarded = await createForm({ altcha_enabled: true })
        const challenge = await storeGet(`/store/helpdesk/forms/${guarded.id}/challenge`)
        expect(challenge.status).toBe(200)
        const gurl = `/store/helpdesk/forms/${guarded.id}/submissions`
        expect((await storePost(gurl, filled(guarded.id))).status).toBe(422)
        const forged = Buffer.from(JSON.stringify({ challenge: challenge.data, solution: { counter: 1, derivedKey: "00" } })).toString("base64")
        const wrong = await storePost(gurl, filled(guarded.id, {}, { altcha: forged }))
        expect(wrong.status).toBe(422)
        expect(wrong.data.message).toContain("altcha")
        expect(await helpdesk.listTickets({ channel: "form" })).toHaveLength(0)
      })

      it("limits submissions per email address: 429 with Retry-After, but a repeat of a stored one still gets its ticket", async () => {
        const form = await createForm()
        const email = nextEmail()
        const statuses: number[] = []
        let limited: any
        const first = filled(form.id, { email }, { idempotency_key: `first-${Date.now()}` })
        for (let i = 0; i < 6; i++) {
          const res = await storePost(`/store/helpdesk/forms/${form.id}/submissions`, i ? filled(form.id, { email }) : first)
          statuses.push(res.status)
          limited = res
        }
        expect(statuses).toEqual([201, 201, 201, 201, 201, 429])
        expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0)
        expect(limited.data.type).toBe("too_many_requests")
        const repeated = await storePost(`/store/helpdesk/forms/${form.id}/submissions`, first)
        expect(repeated.status).toBe(200)
        expect(await helpdesk.listTickets({ channel: "form" })).toHaveLength(5)
      })

      it("lets the customer pick only a public department, where the form allows it", async () => {
        const [open, internal] = await helpdesk.createDepartments([{ name: "Repairs", is_public: true }, { name: "Finance", is_public: false }])
        const form = await createForm({ department_choice: true })
        const schema = await storeGet(`/store/helpdesk/forms/${form.id}`)
        expect(schema.data.form.departments).toEqual([{ id: open.id, name: "Repairs" }])
        const url = `/store/helpdesk/forms/${form.id}/submissions`
        expect((await storePost(url, filled(form.id, {}, { department_id: internal.id }))).status).toBe(400)
        const ok = await storePost(url, filled(form.id, {}, { department_id: open.id }))
        expect(ok.status).toBe(201)
        const [ticket] = await helpdesk.listTickets({ number: ok.data.ticket.number }, { select: ["department_id"] })
        expect(ticket.department_id).toBe(open.id)
      })
    })

    describe("the hosted page", () => {
      it("serves the form with labels and the bot check, posts without script and says thank you", async () => {
        const form = await createForm()
        const page = await api.get(`/helpdesk/forms/${form.id}`)
        expect(page.headers["content-security-policy"]).toContain("frame-ancestors 'none'")
        expect(page.data).toContain('<label for="hd-serial">Serial number')
        expect(page.data).toContain(`name="${HONEYPOT_FIELD}"`)
        const body = new URLSearchParams({ ...(filled(form.id).values as Record<string, string>), start_token: createFormStartToken(SECRET, form.id, secondsAgo(30)), idempotency_key: "page-load-12345678" })
        const sent = await api
          .post(`/helpdesk/forms/${form.id}/submissions`, body.toString(), { headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" }, maxRedirects: 0 })
          .catch((e: any) => e.response)
        expect(sent.status).toBe(303)
        expect(sent.headers.location).toMatch(/^sent\?number=\d+$/)

        const refused = await api
          .post(`/helpdesk/forms/${form.id}/submissions`, new URLSearchParams({ email: "nope", start_token: createFormStartToken(SECRET, form.id, secondsAgo(30)) }).toString(), { headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" } })
          .catch((e: any) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data).toContain('id="hd-email" name="email" required aria-required="true" aria-invalid="true"')
        expect(refused.data).toContain('value="nope"')
      })

      it("shows each field's help text under its label, in the form's language, read out with the input and beside its error", async () => {
        const fields = repairFields.map((f) =>
          f.key === "serial" ? { ...f, label: { en: "Serial number", ru: "Серийный номер" }, help: { en: "On the sticker under the kettle", ru: "На наклейке <снизу> чайника" } } : f
        )
        const form = await createForm({ fields, language: "ru" })
        const schema = await storeGet(`/store/helpdesk/forms/${form.id}`)
        expect(schema.data.form.fields.find((f: any) => f.key === "serial")).toMatchObject({ label: "Серийный номер", help: "На наклейке <снизу> чайника" })
        expect(schema.data.form.fields.find((f: any) => f.key === "device")).not.toHaveProperty("help")

        const page = (await api.get(`/helpdesk/forms/${form.id}`)).data as string
        expect(page).toContain('<p class="hd-help" id="hd-serial-help">На наклейке &lt;снизу&gt; чайника</p>')
        expect(page).toMatch(/<input type="text" id="hd-serial" [^>]*aria-describedby="hd-serial-help"/)
        expect(page).not.toContain("hd-device-help")

        const refused = await api
          .post(`/helpdesk/forms/${form.id}/submissions`, new URLSearchParams({ email: "vera@example.org", start_token: createFormStartToken(SECRET, form.id, secondsAgo(30)) }).toString(), { headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" } })
          .catch((e: any) => e.response)
        expect(refused.status).toBe(400)
        expect(refused.data).toMatch(/id="hd-serial" [^>]*aria-invalid="true" aria-describedby="hd-serial-help hd-serial-error"/)

        const tooLong = await as(api, ada).post(`/admin/helpdesk/forms/${form.id}`, { fields: fields.map((f) => (f.key === "serial" ? { ...f, help: { en: "x".repeat(501) } } : f)) }).catch((e: any) => e.response)
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toContain("help")
      })

      it("answers CORS for the form's allowed origins only, and refuses a post from any other", async () => {
        const form = await createForm({ allowed_origins: ["https://shop.example.com"] })
        const preflight = await api
          .request({ method: "OPTIONS", url: `/helpdesk/forms/${form.id}/submissions`, headers: { origin: "https://shop.example.com", "access-control-request-method": "POST" } })
          .catch((e: any) => e.response)
        expect(preflight.status).toBe(204)
        expect(preflight.headers["access-control-allow-origin"]).toBe("https://shop.example.com")
        const ok = await api.post(`/helpdesk/forms/${form.id}/submissions`, filled(form.id), { headers: { origin: "https://shop.example.com" } })
        expect(ok.status).toBe(201)
        expect(ok.headers["access-control-allow-origin"]).toBe("https://shop.example.com")

        const evil = await api.post(`/helpdesk/forms/${form.id}/submissions`, filled(form.id), { headers: { origin: "https://evil.example" } }).catch((e: any) => e.response)
        expect(evil.status).toBe(403)
        expect(evil.headers["access-control-allow-origin"]).toBeUndefined()
        const page = await api.get(`/helpdesk/forms/${form.id}`)
        expect(page.headers["content-security-policy"]).toContain("frame-ancestors https://shop.example.com")
        expect(await helpdesk.listTickets({ channel: "form" })).toHaveLength(1)
      })
    })
  },
})
