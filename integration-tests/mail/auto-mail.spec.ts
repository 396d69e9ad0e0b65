import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent } from "../helpers/admin"
import { bounceFor, compose } from "./helpers/compose"
import { newMailbox as newTestMailbox } from "./helpers/mailbox"
import { sinkSmtp, useSmtpSink } from "./helpers/smtp-sink"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(240_000)

describeWithDovecot("mail out: receipts and confirmations (Dovecot, smtp-server)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService
      const sink = useSmtpSink()
      const noreplySink = useSmtpSink()

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
      })

      const newMailbox = (extra: Record<string, unknown> = {}) => newTestMailbox(api, admin, dovecot(), { ...sinkSmtp(sink), ...extra })
      const collect = async (id: string) => (await as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/collect`)).data.collection
      const ticketsOf = (mailboxId: string) => helpdesk.listTickets({ mailbox_id: mailboxId }, { order: { created_at: "ASC" } })
      const queuedFor = (ticketIds: string[]) => helpdesk.listOutboundMails({ ticket_id: ticketIds })

      it("acknowledges a new request by mail: number, subject, the link to the requests, marked automatic, in the customer's thread", async () => {
        const box = await newMailbox()
        await box.deliver(
          await compose({ from: "Kim Lee <kim@example.org>", to: box.address, subject: "Wrong size", messageId: "<kim-1@example.org>", text: "Shoes too small." })
        )
        await collect(box.mailbox.id)
        const [ticket] = await ticketsOf(box.mailbox.id)
        const [mail] = await sink.waitFor(1)
        expect(mail.envelope.to).toEqual(["kim@example.org"])
        expect(mail.parsed.from?.value[0].address).toBe(box.address)
        // The ticket tag carries the number, so an answer to the receipt finds the ticket.
        expect(mail.parsed.subject).toBe(`[#${ticket.number}] We have received your request: Wrong size`)
        expect(mail.parsed.inReplyTo).toBe("<kim-1@example.org>")
        expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-replied")
        expect(mail.parsed.headers.get("x-auto-response-suppress")).toBe("All")
        expect(mail.parsed.text).toContain(ticket.number)
        expect(mail.parsed.text).toMatch(/https?:\/\/\S+\/helpdesk\/requests/)
        expect(await queuedFor([ticket.id])).toMatchObject([{ kind: "receipt", status: expect.stringMatching(/sending|sent/) }])

        // The receipt is not answered in turn: collecting it (it may come back to the mailbox) files nothing.
        await box.deliver(mail.raw)
        expect(await collect(box.mailbox.id)).toMatchObject({ imported: 0 })
        expect(await ticketsOf(box.mailbox.id)).toHaveLength(1)
      })

      it("sends receipts from the no-reply address through its own server, with replies going to the mailbox", async () => {
        const box = await newMailbox({
          noreply_address: "noreply@shop.test",
          noreply_smtp_host: "127.0.0.1",
          noreply_smtp_port: noreplySink.port,
          noreply_smtp_secure: false,
        })
        await box.deliver(await compose({ from: "ann@example.org", to: box.address, subject: "Invoice", text: "Please send the invoice." }))
        await collect(box.mailbox.id)
        const [mail] = await noreplySink.waitFor(1)
        expect(mail.envelope.from).toBe("noreply@shop.test")
        expect(mail.parsed.from?.value[0].address).toBe("noreply@shop.test")
        expect(mail.parsed.replyTo?.value[0].address).toBe(box.address)
        expect(sink.received).toHaveLength(0)
      })

      it("never sends a receipt to an automatic mail or a machine's address", async () => {
        const box = await newMailbox()
        await box.deliver(
          // A bounce naming no mail of ours is filed as ordinary mail, but it is still a machine talking.
          bounceFor("someone-else@example.net", box.address),
          await compose({ from: "no-reply@vendor.example", to: box.address, subject: "Your invoice", text: "Invoice attached." }),
          await compose({
            from: "away@example.org",
            to: box.address,
            subject: "Out of office",
            headers: { "Auto-Submitted": "auto-replied" },
            text: "I am away until Monday.",
          })
        )
        await collect(box.mailbox.id)
        const tickets = await ticketsOf(box.mailbox.id)
        expect(tickets.map((t) => t.contact_email).sort()).toEqual(["mailer-daemon@mx.example.net", "no-reply@vendor.example"])
        expect(await queuedFor(tickets.map((t) => t.id))).toEqual([])
      })

      it("sends one sender at most five receipts an hour", async () => {
        const box = await newMailbox()
        const mails = await Promise.all(
          Array.from({ length: 7 }, (_, i) => compose({ from: "chatty@example.org", to: box.address, subject: `Question ${i + 1}`, text: `Question ${i + 1}?` }))
        )
        await box.deliver(...mails)
        expect(await collect(box.mailbox.id)).toMatchObject({ imported: 7 })
        const tickets = await ticketsOf(box.mailbox.id)
        expect(await queuedFor(tickets.map((t) => t.id))).toHaveLength(5)
        await sink.waitFor(5)
      })

      it("sends nothing when the mailbox's receipts are off", async () => {
        const box = await newMailbox({ receipt_enabled: false })
        await box.deliver(await compose({ from: "quiet@example.org", to: box.address, subject: "Hello", text: "Hi." }))
        await collect(box.mailbox.id)
        const tickets = await ticketsOf(box.mailbox.id)
        expect(tickets).toHaveLength(1)
        expect(await queuedFor(tickets.map((t) => t.id))).toEqual([])
      })

      it("asks an unknown sender to confirm instead, with a link to do so", async () => {
        const box = await newMailbox({ antispam_enabled: true })
        await box.deliver(await compose({ from: "new@example.org", to: box.address, subject: "First order", text: "Can I order by phone?" }))
        await collect(box.mailbox.id)
        const [ticket] = await ticketsOf(box.mailbox.id)
        expect(ticket.status).toBe("pending_confirmation")
        const [mail] = await sink.waitFor(1)
        expect(mail.envelope.to).toEqual(["new@example.org"])
        expect(mail.parsed.text).toMatch(/https?:\/\/\S+\/helpdesk\/confirm\/\S+/)
        expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-replied")
        expect(await queuedFor([ticket.id])).toMatchObject([{ kind: "confirmation" }])

        // The link works once; an altered one answers 404.
        const path = new URL(mail.parsed.text!.match(/https?:\/\/\S+\/helpdesk\/confirm\/\S+/)![0]).pathname
        const altered = path.slice(0, -2) + (path.endsWith("AA") ? "BB" : "AA")
        expect((await api.get(altered).catch((e: any) => e.response)).status).toBe(404)
        const confirmed = await api.get(path)
        expect(confirmed.status).toBe(200)
        expect(confirmed.data).toContain(ticket.number)
        expect((await helpdesk.listTickets({ id: ticket.id }))[0].status).toBe("new")
        const again = await api.get(path)
        expect(again.status).toBe(200)
        expect((await helpdesk.listTickets({ id: ticket.id }))[0].status).toBe("new")
      })
    },
  })
})
