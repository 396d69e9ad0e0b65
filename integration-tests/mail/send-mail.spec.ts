import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import sendOutboundMailJob from "../../src/jobs/send-outbound-mail"
import { as, Agent } from "../helpers/admin"
import { compose } from "./helpers/compose"
import { newMailbox as newTestMailbox } from "./helpers/mailbox"
import { sinkSmtp, startSmtpSink, useSmtpSink } from "./helpers/smtp-sink"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(240_000)

const OWN_MESSAGE_ID = /^hd\.[0-9a-f]{24}\.[0-9a-f]{16}@shop\.test$/

describeWithDovecot("mail out: replies and forwards through the outbox (Dovecot, smtp-server)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService
      const sink = useSmtpSink()

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
        // The agent customers see in the signature.
        await getContainer().resolve(Modules.USER).updateUsers({ id: admin.id, first_name: "Ada", last_name: "Lovelace" })
      })

      const smtp = (port = sink.port) => sinkSmtp(sink, port)
      // Receipts are auto-mail.spec's subject; here the sink gets only what agents send.
      const newMailbox = (extra: Record<string, unknown> = {}) => newTestMailbox(api, admin, dovecot(), { ...smtp(), receipt_enabled: false, ...extra })
      const collect = async (id: string) => (await as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/collect`)).data.collection
      const ticketOf = async (mailboxId: string) => (await helpdesk.listTickets({ mailbox_id: mailboxId }, { order: { created_at: "ASC" } }))[0]
      const agentMessage = async (ticketId: string, kind: "message" | "forward" = "message") =>
        (await helpdesk.listTicketMessages({ ticket_id: ticketId, author_type: "agent", kind }, { order: { created_at: "DESC" } }))[0]
      const untilStatus = async (messageId: string, status: string, timeoutMs = 20_000) => {
        const until = Date.now() + timeoutMs
        for (;;) {
          const [m] = await helpdesk.listTicketMessages({ id: messageId })
          if (m.delivery_status === status) return m
          if (Date.now() > until) throw new Error(`message ${messageId} is ${m.delivery_status}, expected ${status} (${m.delivery_error})`)
          await new Promise((r) => setTimeout(r, 100))
        }
      }
      /** A customer's mail in the mailbox, collected into a ticket. */
      const customerWrites = async (box: Awaited<ReturnType<typeof newMailbox>>) => {
        await box.deliver(
          await compose({ from: "Kim Lee <kim@example.org>", to: box.address, subject: "Wrong size", messageId: "<kim-1@example.org>", text: "Shoes too small." })
        )
        await collect(box.mailbox.id)
        return ticketOf(box.mailbox.id)
      }

      describe("POST /admin/helpdesk/tickets/:id/reply", () => {
        it("sends the reply from the ticket's mailbox, threaded, tagged and signed, with CC and BCC", async () => {
          const box = await newMailbox({ name: "Shop Support", signature: "--\n{{MY_NAME}}, ticket {{TICKET_NUMBER}} for {{CUSTOMER_NAME}}" })
          const ticket = await customerWrites(box)
          const res = await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, {
            body_text: "We will send size 42 today.",
            body_html: "<p>We will send <b>size 42</b> today.</p><script>alert(1)</script>",
            cc: ["boss@example.org"],
            bcc: ["audit@shop.test"],
          })
          expect(res.status).toBe(200)
          const reply = await agentMessage(ticket.id)
          const [mail] = await sink.waitFor(1)
          const sent = await untilStatus(reply.id, "sent")

          expect(mail.envelope.to.sort()).toEqual(["audit@shop.test", "boss@example.org", "kim@example.org"])
          const m = mail.parsed
          expect(m.from?.value).toEqual([{ name: "Shop Support", address: box.address }])
          expect(m.to && "value" in m.to && m.to.value).toEqual([{ name: "Kim Lee", address: "kim@example.org" }])
          expect(m.cc && "value" in m.cc && m.cc.value.map((a) => a.address)).toEqual(["boss@example.org"])
          expect(mail.raw).not.toMatch(/^Bcc:/im)
          expect(m.replyTo?.value.map((a) => a.address)).toEqual([box.address])
          expect(m.subject).toBe(`[#${ticket.number}] Wrong size`)
          expect(m.messageId).toBe(`<${reply.message_id}>`)
          expect(reply.message_id).toMatch(OWN_MESSAGE_ID)
          expect(m.inReplyTo).toBe("<kim-1@example.org>")
          expect(m.references).toEqual("<kim-1@example.org>")
          expect(m.text).toContain("We will send size 42 today.")
          expect(m.text).toContain(`--\nAda Lovelace, ticket ${ticket.number} for Kim Lee`)
          expect(m.html).toContain("<b>size 42</b>")
          expect(m.html).not.toContain("<script")
          expect(sent).toMatchObject({ delivery_error: null, recipients: { cc: ["boss@example.org"], bcc: ["audit@shop.test"] } })
          const [record] = await helpdesk.listOutboundMails({ ticket_message_id: reply.id })
          expect(record).toMatchObject({ status: "sent", attempts: 1, smtp_response: expect.stringMatching(/^250/) })
        })

        it("files the customer's answer to the reply under the same ticket", async () => {
          const box = await newMailbox()
          const ticket = await customerWrites(box)
          await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Which colour?", close: true })
          const [mail] = await sink.waitFor(1)
          // The customer's client answers with the headers of what it got; the tag was edited out of the subject.
          await box.deliver(
            await compose({
              from: "kim@example.org",
              to: box.address,
              subject: "Re: Wrong size",
              inReplyTo: mail.parsed.messageId,
              references: [mail.parsed.messageId!],
              text: "Blue, please.",
            })
          )
          expect(await collect(box.mailbox.id)).toMatchObject({ imported: 1 })
          const messages = await helpdesk.listTicketMessages({ ticket_id: ticket.id }, { order: { created_at: "ASC" } })
          expect(messages.map((x) => [x.author_type, x.body_text.trim()])).toEqual([
            ["customer", "Shoes too small."],
            ["agent", "Which colour?"],
            ["customer", "Blue, please."],
          ])
          expect((await helpdesk.listTickets({ id: ticket.id }))[0].status).toBe("reopened")
        })

        it("sends only a link to the request when the mailbox replies by link", async () => {
          const box = await newMailbox({ reply_mode: "link" })
          const ticket = await customerWrites(box)
          await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "The secret answer." })
          const [mail] = await sink.waitFor(1)
          expect(mail.parsed.text).not.toContain("The secret answer.")
          expect(mail.parsed.text).toContain(`#${ticket.number}`)
          expect(mail.parsed.text).toMatch(/https?:\/\/\S+\/helpdesk\/requests/)
        })

        it("keeps a reply in the cabinet when there is no mailbox to send from, and says so; the default mailbox sends it", async () => {
          const open = (await as(api, admin).post("/admin/helpdesk/tickets", { subject: "Phone call", contact_email: "pat@example.org" })).data.ticket
          await as(api, admin).post(`/admin/helpdesk/tickets/${open.id}/reply`, { body_text: "As discussed." })
          const cabinetOnly = await agentMessage(open.id)
          expect(cabinetOnly).toMatchObject({ delivery_status: null, delivery_error: expect.stringMatching(/no mailbox/i) })

          const box = await newMailbox()
          expect((await as(api, admin).post("/admin/helpdesk/settings", { default_mailbox_id: box.mailbox.id })).status).toBe(200)
          await as(api, admin).post(`/admin/helpdesk/tickets/${open.id}/reply`, { body_text: "And in writing." })
          const [mail] = await sink.waitFor(1)
          expect(mail.parsed.from?.value[0].address).toBe(box.address)
          expect(mail.envelope.to).toEqual(["pat@example.org"])
          await untilStatus((await agentMessage(open.id)).id, "sent")
          await as(api, admin).post("/admin/helpdesk/settings", { default_mailbox_id: null })
        })

        it("refuses CC addresses that are not addresses", async () => {
          const box = await newMailbox()
          const ticket = await customerWrites(box)
          const res = await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Hi", cc: ["not an address"] })
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/CC\/BCC/)
        })
      })

      describe("delivery failures", () => {
        it("retries while the SMTP server is down and delivers once when it is back", async () => {
          const down = await startSmtpSink()
          await down.stop()
          const box = await newMailbox(smtp(down.port))
          const ticket = await customerWrites(box)
          await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Coming soon." })
          const reply = await agentMessage(ticket.id)
          const waiting = await untilStatus(reply.id, "pending")
          expect(waiting.delivery_error).toMatch(/connection refused/i)
          const [record] = await helpdesk.listOutboundMails({ ticket_message_id: reply.id })
          expect(record).toMatchObject({ status: "pending", attempts: 1 })
          expect(new Date(record.next_attempt_at).getTime()).toBeGreaterThan(Date.now() - 1000)

          await down.start()
          // The every-minute job, run now: it sends what is due, and only that.
          const until = Date.now() + 20_000
          while (!down.received.length && Date.now() < until) {
            await sendOutboundMailJob(getContainer())
            await new Promise((r) => setTimeout(r, 200))
          }
          await sendOutboundMailJob(getContainer())
          await down.stop()
          expect(down.received).toHaveLength(1)
          expect(down.received[0].parsed.messageId).toBe(`<${reply.message_id}>`)
          expect(await untilStatus(reply.id, "sent")).toMatchObject({ delivery_error: null })
          expect((await helpdesk.listOutboundMails({ id: record.id }))[0]).toMatchObject({ status: "sent", attempts: 2 })
        })

        it("fails at once on a permanent refusal, shows the server's answer, and resends on request", async () => {
          sink.behaviour.rejectRecipients = { code: 550, message: "5.1.1 <kim@example.org>: Recipient address rejected" }
          const box = await newMailbox()
          const ticket = await customerWrites(box)
          await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Hello?" })
          const reply = await agentMessage(ticket.id)
          const failed = await untilStatus(reply.id, "failed")
          expect(failed.delivery_error).toMatch(/refused the mail: 550 5\.1\.1 <kim@example\.org>: Recipient address rejected/)
          expect((await helpdesk.listOutboundMails({ ticket_message_id: reply.id }))[0]).toMatchObject({ status: "failed", attempts: 1 })
          const shown = (await as(api, admin).get(`/admin/helpdesk/tickets/${ticket.id}`)).data.ticket
          expect(shown.messages.find((m: any) => m.id === reply.id)).toMatchObject({ delivery_status: "failed", delivery_error: failed.delivery_error })

          sink.behaviour.rejectRecipients = null
          const resend = await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/messages/${reply.id}/resend`)
          expect(resend.status).toBe(200)
          const [mail] = await sink.waitFor(1)
          expect(mail.parsed.messageId).toBe(`<${reply.message_id}>`)
          await untilStatus(reply.id, "sent")
          expect(resend.data.ticket.events.map((e: any) => e.type)).toContain("resend")

          const again = await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/messages/${reply.id}/resend`)
          expect(again.status).toBe(409)
          expect(again.data.message).toMatch(/only mail whose delivery failed/i)
          expect(sink.received).toHaveLength(1)
        })
      })

      describe("POST /admin/helpdesk/tickets/:id/forward", () => {
        it("mails the colleague with the [ID:number] tag and the quoted request; their answer is an internal message", async () => {
          const box = await newMailbox()
          const ticket = await customerWrites(box)
          await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/forward`, { to: "warehouse@shop.test", body_text: "Do we have size 42?" })
          const [mail] = await sink.waitFor(1)
          expect(mail.envelope.to).toEqual(["warehouse@shop.test"])
          expect(mail.parsed.subject).toBe(`[ID:${ticket.number}] Wrong size`)
          expect(mail.parsed.text).toContain("Do we have size 42?")
          expect(mail.parsed.text).toContain("> Shoes too small.")
          expect(mail.parsed.replyTo?.value[0].address).toBe(box.address)
          const forward = await agentMessage(ticket.id, "forward")
          await untilStatus(forward.id, "sent")

          await box.deliver(
            await compose({
              from: "warehouse@shop.test",
              to: box.address,
              subject: `Re: ${mail.parsed.subject}`,
              inReplyTo: mail.parsed.messageId,
              text: "Yes, two pairs left.",
            })
          )
          expect(await collect(box.mailbox.id)).toMatchObject({ imported: 1 })
          const answers = await helpdesk.listTicketMessages({ ticket_id: ticket.id, author_type: "colleague" })
          expect(answers).toMatchObject([{ kind: "forward", author_email: "warehouse@shop.test" }])
          expect(answers[0].body_text).toContain("Yes, two pairs left.")
        })
      })
    },
  })
})
