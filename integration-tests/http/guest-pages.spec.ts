import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { requestListUrl, revokeGuestLinksWorkflow } from "../../src/workflows"
import { createAdminUser } from "../helpers/admin"

jest.setTimeout(300_000)

const ANN = "ann@example.org"
const BOB = "bob@example.org"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let helpdesk: HelpdeskModuleService
    let agent: { id: string; email: string; headers: Record<string, string> }

    beforeEach(async () => {
      helpdesk = getContainer().resolve(HELPDESK_MODULE)
      const created = await createAdminUser(getContainer(), `ada-${Date.now()}@shop.test`)
      await getContainer().resolve(Modules.USER).updateUsers({ id: created.user.id, first_name: "Ada" })
      agent = { id: created.user.id, email: created.user.email, headers: created.headers }
    })

    /** The path of the address's REQUEST_LIST_URL, as the mail carries it. */
    const linkOf = async (email: string) => new URL(await requestListUrl(getContainer(), email)).pathname
    const get = (path: string, language = "en") =>
      api.get(path, { headers: { "accept-language": language }, maxRedirects: 0 }).catch((e: any) => e.response)
    const admin = (path: string, body: unknown) => api.post(path, body, { headers: agent.headers }).catch((e: any) => e.response)

    /** A request as an agent opens it for a caller: the caller's words first. */
    const open = async (email: string, subject: string, extra: Record<string, unknown> = {}) => {
      const res = await admin("/admin/helpdesk/tickets", { subject, contact_email: email, message: { body_text: `Question about ${subject}` }, ...extra })
      expect(res.status).toBe(201)
      return res.data.ticket as { id: string; number: string }
    }

    /** A form as a browser posts it: multipart, plain fields, files under `files`; redirects not followed. */
    const postForm = async (path: string, fields: Record<string, string>, files: { name: string; content: string; type?: string }[] = []) => {
      const form = new FormData()
      for (const [name, value] of Object.entries(fields)) form.append(name, value)
      for (const f of files) form.append("files", new Blob([f.content], { type: f.type ?? "application/pdf" }), f.name)
      const res = await fetch(`${api.defaults.baseURL}${path}`, { method: "POST", body: form, redirect: "manual" })
      return { status: res.status, location: res.headers.get("location"), headers: res.headers, text: await res.text() }
    }
    const postEmpty = async (path: string) => {
      const res = await fetch(`${api.defaults.baseURL}${path}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "",
        redirect: "manual",
      })
      return { status: res.status, location: res.headers.get("location"), text: await res.text() }
    }
    const messagesOf = (ticketId: string) =>
      helpdesk.listTicketMessages({ ticket_id: ticketId }, { relations: ["attachments"], order: { created_at: "ASC" } })
    const statusOf = async (id: string) => (await helpdesk.retrieveTicket(id, { select: ["status"] })).status

    describe("GET /helpdesk/requests/:token", () => {
      it("lists the address's live requests only, latest activity first, with the customer's status and an unread mark", async () => {
        const first = await open(ANN, "Parcel late")
        const second = await open("Ann@Example.org", "Wrong size")
        const bobs = await open(BOB, "Bob's refund")
        const trashed = await open(ANN, "Trashed one")
        const merged = await open(ANN, "Merged away")
        await helpdesk.updateTickets({ id: trashed.id, status: "deleted", status_before_delete: "new" })
        await helpdesk.updateTickets({ id: merged.id, merged_into_id: first.id })
        expect((await admin(`/admin/helpdesk/tickets/${first.id}/reply`, { body_text: "It is on its way." })).status).toBe(200)

        const link = await linkOf(ANN)
        const res = await get(link)
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("text/html; charset=utf-8")
        const subjects = [...res.data.matchAll(/#\d+ ([^<]+)</g)].map((m: RegExpMatchArray) => m[1])
        expect(subjects).toEqual(["Parcel late", "Wrong size"])
        expect(res.data).toContain(`href="${link}/tickets/${first.number}"`)
        expect(res.data).toContain(`href="${link}/tickets/${second.number}"`)
        expect(res.data).toMatch(/<strong>#\d+ Parcel late<\/strong><\/a><div class="meta">Status: <span class="badge">New reply<\/span>/)
        expect(res.data).toMatch(/Wrong size<\/a><div class="meta">Status: Waiting for support/)
        expect(res.data).not.toContain("Bob's refund")
        expect(res.data).not.toContain(bobs.number)
        expect(res.data).not.toMatch(/Trashed one|Merged away/)
      })

      it("answers a strict page: no script, forms only to itself, never framed, cached or referred", async () => {
        await open(ANN, "Headers")
        const res = await get(await linkOf(ANN))
        expect(res.headers).toMatchObject({
          "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
          "x-content-type-options": "nosniff",
          "referrer-policy": "no-referrer",
          "cache-control": "no-store",
        })
        expect(res.data).not.toMatch(/<script|<link|src=/i)
      })

      it("escapes what customers wrote", async () => {
        await open(ANN, `<img src=x onerror="alert(1)">`)
        const res = await get(await linkOf(ANN))
        expect(res.data).not.toContain("<img")
        expect(res.data).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")
      })

      it("shows 50 requests a page with a link to the older ones", async () => {
        const old = Date.now() - 3600_000
        await helpdesk.createNumberedTickets(
          Array.from({ length: 51 }, (_, i) => ({
            subject: `Bulk ${i}`,
            channel: "email",
            contact_email: ANN,
            last_message_at: new Date(old + i * 1000),
          })) as any
        )
        const link = await linkOf(ANN)
        const first = await get(link)
        expect(first.data.match(/<li>/g)).toHaveLength(50)
        expect(first.data).toContain("Bulk 50")
        expect(first.data).not.toContain("Bulk 0<")
        expect(first.data).toContain(`href="${link}?page=2" rel="next"`)
        const second = await get(`${link}?page=2`)
        expect(second.data.match(/<li>/g)).toHaveLength(1)
        expect(second.data).toContain("Bulk 0<")
        expect(second.data).not.toContain('rel="next"')
        expect((await get(`${link}?page=zero`)).status).toBe(400)
        expect((await get(`${link}?fields=*`)).status).toBe(400)
      })

      it("speaks the contact's language, else the browser's", async () => {
        await helpdesk.upsertContacts([{ email: BOB, language: "ru" }])
        await open(BOB, "Вопрос")
        const ru = await get(await linkOf(BOB), "en")
        expect(ru.data).toContain('<html lang="ru">')
        expect(ru.data).toContain("Мои обращения")
        await open(ANN, "Question")
        const en = await get(await linkOf(ANN), "ru-RU,ru;q=0.9")
        expect(en.data).toContain('<html lang="ru">')
        expect((await get(await linkOf(ANN), "de, en;q=0.5")).data).toContain("My requests")
      })

      it("answers the same small 404 page for an altered, unknown or revoked link", async () => {
        const ticket = await open(ANN, "Revoked")
        const link = await linkOf(ANN)
        const [payload, mac] = link.split("/").pop()!.split(".")
        const altered = `/helpdesk/requests/${payload}.${mac.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`
        await revokeGuestLinksWorkflow(getContainer()).run({ input: { email: ANN } })
        for (const path of [altered, "/helpdesk/requests/nonsense", "/helpdesk/requests/a.b", link, `${link}/tickets/${ticket.number}`]) {
          const res = await get(path)
          expect({ path, status: res.status }).toEqual({ path, status: 404 })
          expect(res.data).toContain("Page not found")
          expect(res.data).not.toMatch(/Revoked|revoked|expired/)
        }
        const reply = await postForm(`${link}/tickets/${ticket.number}/messages`, { body_text: "Still there?" }, [{ name: "a.pdf", content: "x" }])
        expect(reply.status).toBe(404)
        expect(await messagesOf(ticket.id)).toHaveLength(1)
        const fresh = await get(await linkOf(ANN))
        expect(fresh.status).toBe(200)
        expect(fresh.data).toContain("Revoked")
      })
    })

    describe("GET /helpdesk/requests/:token/tickets/:number", () => {
      it("shows the public history only: no note, forward or agent's address, and marks replies read", async () => {
        const ticket = await open(ANN, "Kettle")
        expect((await admin(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Please send a photo." })).status).toBe(200)
        expect((await admin(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: "Internal: supplier fault" })).status).toBe(201)
        expect(
          (await admin(`/admin/helpdesk/tickets/${ticket.id}/forward`, { to: "warehouse@shop.test", body_text: "Forward: check batch 7" })).status
        ).toBe(200)
        const link = await linkOf(ANN)
        const path = `${link}/tickets/${ticket.number}`

        // A link checker's HEAD reads nothing as read.
        expect((await api.head(path)).status).toBe(200)
        expect((await helpdesk.retrieveTicket(ticket.id, { select: ["customer_read_at"] })).customer_read_at).toBeNull()

        const res = await get(path)
        expect(res.status).toBe(200)
        expect(res.data).toContain("Question about Kettle")
        expect(res.data).toContain("Please send a photo.")
        expect(res.data).toContain("Support · Ada")
        for (const hidden of ["Internal: supplier fault", "Forward: check batch 7", "warehouse@shop.test", agent.email, agent.id, "file_id"]) {
          expect({ hidden, shown: res.data.includes(hidden) }).toEqual({ hidden, shown: false })
        }
        expect((await helpdesk.retrieveTicket(ticket.id, { select: ["customer_read_at"] })).customer_read_at).not.toBeNull()
        expect((await get(link)).data).toMatch(/Kettle<\/a><div class="meta">Status: Waiting for support/)
        expect(res.data).toContain(`action="${path}/messages" enctype="multipart/form-data"`)
        expect(res.data).toContain('<label for="body_text">')
      })

      it("answers 404 for another address's request and for one in the trash", async () => {
        const bobs = await open(BOB, "Bob's secret")
        const anns = await open(ANN, "Ann's own")
        const link = await linkOf(ANN)
        for (const path of [`${link}/tickets/${bobs.number}`, `${link}/tickets/999999999`, `${link}/tickets/..%2F..`]) {
          const res = await get(path)
          expect({ path, status: res.status }).toEqual({ path, status: 404 })
          expect(res.data).not.toContain("Bob's secret")
        }
        const reply = await postForm(`${link}/tickets/${bobs.number}/messages`, { body_text: "Mine now?" })
        expect(reply.status).toBe(404)
        expect((await postEmpty(`${link}/tickets/${bobs.number}/cancel`)).status).toBe(404)
        expect(await statusOf(bobs.id)).toBe("new")
        expect(await messagesOf(bobs.id)).toHaveLength(1)
        await helpdesk.updateTickets({ id: anns.id, status: "deleted", status_before_delete: "new" })
        expect((await get(`${link}/tickets/${anns.number}`)).status).toBe(404)
      })
    })

    describe("POST /helpdesk/requests/:token/tickets/:number/messages", () => {
      it("stores the guest's reply with its file, and only that address's link can download it", async () => {
        const ticket = await open(ANN, "Broken lamp")
        const link = await linkOf(ANN)
        const res = await postForm(`${link}/tickets/${ticket.number}/messages`, { body_text: "Here is the receipt." }, [
          { name: "receipt.pdf", content: "receipt bytes" },
        ])
        expect(res.status).toBe(303)
        expect(res.location).toBe(`${link}/tickets/${ticket.number}?done=sent`)

        const messages = await messagesOf(ticket.id)
        const reply = messages[messages.length - 1]
        expect(reply).toMatchObject({ kind: "message", author_type: "customer", author_email: ANN, author_id: null, body_text: "Here is the receipt." })
        expect(reply.attachments!.map((a) => [a.filename, a.size])).toEqual([["receipt.pdf", 13]])

        const page = await get(res.location!)
        expect(page.data).toContain('<p role="status">Your message was sent.</p>')
        const href = `${link}/tickets/${ticket.number}/attachments/${reply.attachments![0].id}`
        expect(page.data).toContain(`href="${href}"`)
        expect(page.data).not.toMatch(/private-|file_id|\/static\//)

        const file = await get(href)
        expect(file.status).toBe(200)
        expect(file.data).toBe("receipt bytes")
        expect(file.headers["content-disposition"]).toMatch(/attachment; filename="receipt.pdf"/)

        // Bob's link, or Ann's once revoked, gets nothing: not the file, not whether it exists.
        const bobs = await linkOf(BOB)
        const bobsOwn = await open(BOB, "Bob's own")
        expect((await get(`${bobs}/tickets/${ticket.number}/attachments/${reply.attachments![0].id}`)).status).toBe(404)
        expect((await get(`${bobs}/tickets/${bobsOwn.number}/attachments/${reply.attachments![0].id}`)).status).toBe(404)
        await revokeGuestLinksWorkflow(getContainer()).run({ input: { email: ANN } })
        expect((await get(href)).status).toBe(404)
      })

      it("refuses an empty reply or a stray field with a 400 page naming the problem, and keeps what was typed", async () => {
        const ticket = await open(ANN, "Empty")
        const path = `${await linkOf(ANN)}/tickets/${ticket.number}/messages`
        const empty = await postForm(path, { body_text: "   " }, [{ name: "a.pdf", content: "x" }])
        expect(empty.status).toBe(400)
        expect(empty.text).toContain('<p role="alert">Please write a message before sending.</p>')
        expect(empty.headers.get("content-security-policy")).toContain("form-action 'self'")
        // A stray part of a multipart form is refused while it is read, before any file is kept.
        const stray = await postForm(path, { body_text: "Hello", author_email: "boss@shop.test" }, [{ name: "a.pdf", content: "x" }])
        expect(stray.status).toBe(400)
        expect(stray.text).toContain('<p role="alert">The form could not be read. Please reload the page and try again.</p>')
        const strayField = await fetch(`${api.defaults.baseURL}${path}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ body_text: "Hello", author_email: "boss@shop.test" }).toString(),
          redirect: "manual",
        })
        const strayPage = await strayField.text()
        expect(strayField.status).toBe(400)
        expect(strayPage).toContain('<p role="alert">The form sent something it should not (author_email).')
        expect(strayPage).toContain('aria-invalid="true">Hello</textarea>')
        const missing = await postEmpty(path)
        expect(missing.status).toBe(400)
        expect(missing.text).toContain("Please write a message before sending.")
        expect(await messagesOf(ticket.id)).toHaveLength(1)
      })

      it("explains a refused file on the page (415) and stores nothing", async () => {
        const ticket = await open(ANN, "Virus")
        const path = `${await linkOf(ANN)}/tickets/${ticket.number}/messages`
        const res = await postForm(path, { body_text: "See attached" }, [{ name: "tool.exe", content: "MZ", type: "application/octet-stream" }])
        expect(res.status).toBe(415)
        expect(res.text).toContain('role="alert"')
        expect(res.text).toContain("This kind of file cannot be attached.")
        expect(await messagesOf(ticket.id)).toHaveLength(1)
      })

      it("reopens a closed request when the guest writes, in the ticket's language", async () => {
        const ticket = await open(ANN, "Закрытое", { language: "ru" })
        expect((await admin(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Готово", close: true })).status).toBe(200)
        const link = await linkOf(ANN)
        const res = await postForm(`${link}/tickets/${ticket.number}/messages`, { body_text: "Не готово" })
        expect(res.status).toBe(303)
        expect(await statusOf(ticket.id)).toBe("reopened")
        const page = await get(res.location!, "en")
        expect(page.data).toContain("Сообщение отправлено.")
      })
    })

    describe("POST /helpdesk/requests/:token/tickets/:number/{reopen,cancel}", () => {
      it("cancels a waiting request and reopens it, each back to the request's page", async () => {
        const ticket = await open(ANN, "Changed my mind")
        const link = await linkOf(ANN)
        const before = await get(`${link}/tickets/${ticket.number}`)
        expect(before.data).toContain(`action="${link}/tickets/${ticket.number}/cancel"`)
        expect(before.data).not.toContain("/reopen")

        const cancelled = await postEmpty(`${link}/tickets/${ticket.number}/cancel`)
        expect(cancelled).toMatchObject({ status: 303, location: `${link}/tickets/${ticket.number}?done=cancelled` })
        expect(await statusOf(ticket.id)).toBe("cancelled")
        const page = await get(cancelled.location!)
        expect(page.data).toContain("The request is cancelled.")
        expect(page.data).toContain("Status: Cancelled")
        expect(page.data).toContain(`action="${link}/tickets/${ticket.number}/reopen"`)

        const reopened = await postEmpty(`${link}/tickets/${ticket.number}/reopen`)
        expect(reopened).toMatchObject({ status: 303, location: `${link}/tickets/${ticket.number}?done=reopened` })
        expect(await statusOf(ticket.id)).toBe("reopened")
        const events = await helpdesk.listTicketEvents({ ticket_id: ticket.id, actor_type: "customer" })
        expect(events.map((e) => e.type).sort()).toEqual(["cancel", "reopen"])
      })

      it("refuses to cancel a closed request or reopen an open one with a 409 page in the customer's words", async () => {
        const ticket = await open(ANN, "Closed already")
        const link = await linkOf(ANN)
        const reopen = await postEmpty(`${link}/tickets/${ticket.number}/reopen`)
        expect(reopen.status).toBe(409)
        expect(reopen.text).toContain('<p role="alert">Only an answered or cancelled request can be reopened.</p>')
        expect((await admin(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Done", close: true })).status).toBe(200)
        const cancel = await postEmpty(`${link}/tickets/${ticket.number}/cancel`)
        expect(cancel.status).toBe(409)
        expect(cancel.text).toContain('<p role="alert">Only a request still waiting for support can be cancelled.</p>')
        expect(await statusOf(ticket.id)).toBe("closed")
        const extra = await fetch(`${api.defaults.baseURL}${link}/tickets/${ticket.number}/reopen`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body: "force=1",
          redirect: "manual",
        })
        expect(extra.status).toBe(400)
        expect(await statusOf(ticket.id)).toBe("closed")
      })

      it("changes nothing on other methods", async () => {
        const ticket = await open(ANN, "Methods")
        const path = `${await linkOf(ANN)}/tickets/${ticket.number}/cancel`
        for (const method of ["get", "put", "delete", "patch"] as const) {
          const res = await api.request({ method, url: path }).catch((e: any) => e.response)
          expect({ method, status: res.status }).toEqual({ method, status: 404 })
        }
        expect(await statusOf(ticket.id)).toBe("new")
      })
    })
  },
})
