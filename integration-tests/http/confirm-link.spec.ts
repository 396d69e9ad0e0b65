import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import {
  importInboundMailsWorkflow,
  requestConfirmUrl,
  requestListUrl,
  revokeGuestLinksWorkflow,
  transitionTicketWorkflow,
  verifyGuestLink,
} from "../../src/workflows"

jest.setTimeout(300_000)

const HOUR_MS = 3600_000
const SENDER = "stranger@example.org"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let helpdesk: HelpdeskModuleService
    let mailboxId: string
    let mails = 0

    beforeEach(async () => {
      container = getContainer()
      helpdesk = container.resolve(HELPDESK_MODULE)
      const [mailbox] = await helpdesk.createMailboxes([
        { name: "Support", address: "support@shop.test", imap_host: "127.0.0.1", imap_user: "support", language: "ru", antispam_enabled: true },
      ])
      mailboxId = mailbox.id
    })

    /** A mail from `from` arrives at the anti-spam mailbox; answers the ticket it opened. */
    const mailFrom = async (from: string) => {
      const n = ++mails
      await importInboundMailsWorkflow(container).run({
        input: {
          mailbox_id: mailboxId,
          mails: [
            {
              dedupe_key: `test-${n}`, uid: null, uid_validity: null, size: 100, raw_file_id: null,
              message_id: `m${n}@example.org`, from: { address: from, name: "Stranger" },
              subject: `Question ${n}`, text: "Hello", reply: "Hello",
            },
          ],
        },
      })
      const [ticket] = await helpdesk.listTickets({ subject: `Question ${n}` }, { select: ["id", "number", "status", "contact_email"] })
      return ticket
    }

    const get = (url: string, language = "ru") =>
      api.get(new URL(url).pathname, { headers: { "accept-language": language } }).catch((e) => e.response)
    const statusOf = async (id: string) => (await helpdesk.retrieveTicket(id, { select: ["status"] })).status
    const confirmations = (id: string) => helpdesk.listTicketEvents({ ticket_id: id, type: "confirm" })

    describe("GET /helpdesk/confirm/:token", () => {
      it("accepts the request, makes the sender known, and says so in the ticket's language", async () => {
        const ticket = await mailFrom(SENDER)
        expect(ticket.status).toBe("pending_confirmation")

        const res = await get(requestConfirmUrl(container, ticket), "en")
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toBe("text/html; charset=utf-8")
        expect(res.data).toContain(`Спасибо, ваш запрос #${ticket.number} принят`)
        expect(res.data).toContain('<html lang="ru">')
        expect(await statusOf(ticket.id)).toBe("new")
        const [event] = await confirmations(ticket.id)
        expect(event).toMatchObject({ actor_type: "customer", data: { from: "pending_confirmation", to: "new" } })

        const next = await mailFrom(SENDER)
        expect(next.status).toBe("new")
      })

      it("answers a strict, self-contained page that nobody caches or frames", async () => {
        const res = await get(requestConfirmUrl(container, await mailFrom(SENDER)))
        expect(res.headers).toMatchObject({
          "content-security-policy": expect.stringMatching(/^default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'/),
          "x-content-type-options": "nosniff",
          "referrer-policy": "no-referrer",
          "cache-control": "no-store",
        })
        expect(res.data).not.toMatch(/<script|<link|src=|href=/i)
      })

      it("says 'already confirmed' when the link is followed again, without a second transition", async () => {
        const ticket = await mailFrom(SENDER)
        const url = requestConfirmUrl(container, ticket)
        expect((await get(url)).status).toBe(200)
        const again = await get(url, "en")
        expect(again.status).toBe(200)
        expect(again.data).toContain("Адрес уже подтверждён")
        expect(again.data).toContain(`#${ticket.number}`)
        expect(await confirmations(ticket.id)).toHaveLength(1)
      })

      it("confirms once when the link is followed twice at the same moment", async () => {
        const ticket = await mailFrom(SENDER)
        const url = requestConfirmUrl(container, ticket)
        const answers = await Promise.all([get(url, "en"), get(url, "en")])
        expect(answers.map((a) => a.status)).toEqual([200, 200])
        expect(answers.filter((a) => a.data.includes("уже подтверждён"))).toHaveLength(1)
        expect(await confirmations(ticket.id)).toHaveLength(1)
      })

      it("says 'already confirmed' after an agent accepted the ticket", async () => {
        const ticket = await mailFrom(SENDER)
        await transitionTicketWorkflow(container).run({
          input: { ticket_id: ticket.id, action: "accept", actor: { type: "agent", id: "user_1" } },
        })
        const res = await get(requestConfirmUrl(container, ticket))
        expect(res.status).toBe(200)
        expect(res.data).toContain("Адрес уже подтверждён")
        expect(await confirmations(ticket.id)).toHaveLength(0)
      })

      it("answers 404 'not valid' for an altered token, in the browser's language", async () => {
        const ticket = await mailFrom(SENDER)
        const url = requestConfirmUrl(container, ticket)
        const [payload, mac] = new URL(url).pathname.split("/").pop()!.split(".")
        const forged = Buffer.from(JSON.stringify({ t: "tkt_other", e: SENDER, exp: 4102444800 })).toString("base64url")
        for (const token of [`${payload}.${mac.replace(/^./, (c) => (c === "A" ? "B" : "A"))}`, `${forged}.${mac}`, "nonsense", "a.b"]) {
          const res = await get(`http://x/helpdesk/confirm/${token}`, "en-GB,en;q=0.9")
          expect({ token, status: res.status }).toEqual({ token, status: 404 })
          expect(res.data).toContain("This link is not valid")
          expect(res.headers["content-security-policy"]).toMatch(/^default-src 'none'/)
        }
        expect(await statusOf(ticket.id)).toBe("pending_confirmation")
      })

      it("answers 404 for a guest link's token: a token is only good for its own purpose", async () => {
        const ticket = await mailFrom(SENDER)
        const guestToken = new URL(await requestListUrl(container, SENDER)).pathname.split("/").pop()
        const res = await get(`http://x/helpdesk/confirm/${guestToken}`, "en")
        expect(res.status).toBe(404)
        expect(await statusOf(ticket.id)).toBe("pending_confirmation")
      })

      it("answers 410 'expired' once the link is older than confirmLinkTtlHours", async () => {
        const ticket = await mailFrom(SENDER)
        const ttl = helpdesk.getOptions().confirmLinkTtlHours
        expect(ttl).toBe(72)
        const res = await get(requestConfirmUrl(container, ticket, new Date(Date.now() - (ttl * HOUR_MS + 1000))), "en")
        expect(res.status).toBe(410)
        expect(res.data).toContain("This link has expired")
        expect(await statusOf(ticket.id)).toBe("pending_confirmation")
        expect((await get(requestConfirmUrl(container, ticket, new Date(Date.now() - (ttl - 1) * HOUR_MS)))).status).toBe(200)
      })

      it("answers 404 when the ticket left the wait otherwise, or is no longer the address's", async () => {
        const cancelled = await mailFrom(SENDER)
        await transitionTicketWorkflow(container).run({
          input: { ticket_id: cancelled.id, action: "cancel", actor: { type: "customer", id: null } },
        })
        expect((await get(requestConfirmUrl(container, cancelled))).status).toBe(404)

        // Another sender: the cancelled ticket already counts as past anti-spam for the first.
        const moved = await mailFrom("other-stranger@example.org")
        expect(moved.status).toBe("pending_confirmation")
        const url = requestConfirmUrl(container, moved)
        await helpdesk.updateTickets({ id: moved.id, contact_email: "someone-else@example.org" })
        expect((await get(url)).status).toBe(404)
        expect(await statusOf(moved.id)).toBe("pending_confirmation")
      })

      it("refuses every method but GET, and a HEAD confirms nothing", async () => {
        const ticket = await mailFrom(SENDER)
        const path = new URL(requestConfirmUrl(container, ticket)).pathname
        for (const method of ["post", "put", "patch", "delete", "head"] as const) {
          const res = await api.request({ method, url: path }).catch((e) => e.response)
          expect({ method, status: res.status, allow: res.headers.allow }).toEqual({ method, status: 405, allow: "GET" })
        }
        expect(await statusOf(ticket.id)).toBe("pending_confirmation")
      })
    })

    describe("REQUEST_LIST_URL", () => {
      it("points at /helpdesk/requests/<token> of the public URL and names its contact", async () => {
        const url = await requestListUrl(container, "Guest@Example.org ")
        expect(url).toMatch(/^http:\/\/localhost:9000\/helpdesk\/requests\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
        expect(await verifyGuestLink(container, url.split("/").pop())).toBe("guest@example.org")
        expect(await helpdesk.listContacts({ email: "guest@example.org" })).toHaveLength(1)
      })

      it("stops working once the address's guest links are revoked; a new one works", async () => {
        const old = (await requestListUrl(container, "guest@example.org")).split("/").pop()
        await revokeGuestLinksWorkflow(container).run({ input: { email: "GUEST@example.org" } })
        expect(await verifyGuestLink(container, old)).toBeNull()
        const fresh = (await requestListUrl(container, "guest@example.org")).split("/").pop()
        expect(fresh).not.toBe(old)
        expect(await verifyGuestLink(container, fresh)).toBe("guest@example.org")
      })

      it("refuses a confirmation token as a guest token", async () => {
        const ticket = await mailFrom(SENDER)
        const confirmToken = requestConfirmUrl(container, ticket).split("/").pop()
        expect(await verifyGuestLink(container, confirmToken)).toBeNull()
      })
    })
  },
})
