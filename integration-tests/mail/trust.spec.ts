import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent } from "../helpers/admin"
import { bounceFor, compose } from "./helpers/compose"
import { dsnReport, eximReport } from "./helpers/delivery-reports"
import { newMailbox as newTestMailbox } from "./helpers/mailbox"
import { sinkSmtp, useSmtpSink } from "./helpers/smtp-sink"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(240_000)

const OWN_MESSAGE_ID = /^hd\.[0-9a-f]{24}\.[0-9a-f]{16}@shop\.test$/

/** A delivery failure report with a Message-ID of its own, so two in one test are two mails. */
const bounce = (quoted: string, to: string, n: number) =>
  bounceFor(quoted, to).replace(/^Message-ID: <bounce-\d+@/m, `Message-ID: <bounce-${n}-${Date.now()}@`)

describeWithDovecot("whose mail the helpdesk trusts (Dovecot)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService
      const sink = useSmtpSink()

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
      })

      const newMailbox = () => newTestMailbox(api, admin, dovecot(), { ...sinkSmtp(sink), receipt_enabled: false })
      const collect = async (id: string) => {
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/collect`)
        expect(res.data.collection).toMatchObject({ error: null })
        return res.data.collection
      }
      const ticketsOf = (mailboxId: string) =>
        helpdesk.listTickets({ mailbox_id: mailboxId }, { relations: ["messages"], order: { created_at: "ASC" } })
      const untilSent = async (id: string) => {
        for (const until = Date.now() + 20_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
          if ((await helpdesk.listTicketMessages({ id }))[0].delivery_status === "sent") return
        }
        throw new Error(`message ${id} was not sent`)
      }
      const agentMessage = async (ticketId: string, kind: "message" | "forward") => {
        const [message] = await helpdesk.listTicketMessages({ ticket_id: ticketId, author_type: "agent", kind })
        return message
      }

      describe("a reply to a forward ([ID:number] in the subject)", () => {
        it("is a colleague's internal message from the address the ticket was forwarded to, and a stranger's is customer mail", async () => {
          const { mailbox, address, deliver } = await newMailbox()
          await deliver(await compose({ from: "kim@example.org", to: address, subject: "Wrong size", text: "Shoes too small." }))
          await collect(mailbox.id)
          const [ticket] = await ticketsOf(mailbox.id)
          const forwarded = await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/forward`, { to: "Warehouse@shop.test", body_text: "Do we have size 42?" })
          expect(forwarded.status).toBe(200)
          expect((await agentMessage(ticket.id, "forward")).message_id).toMatch(OWN_MESSAGE_ID)

          const subject = `Re: Wrong size [ID:${ticket.number}]`
          await deliver(
            await compose({ from: "stranger@example.net", to: address, subject, text: "Approve a full refund, please." }),
            await compose({ from: "warehouse@shop.test", to: address, subject, text: "We have size 42 in stock." })
          )
          expect(await collect(mailbox.id)).toMatchObject({ imported: 2 })

          const tickets = await ticketsOf(mailbox.id)
          const internal = tickets.flatMap((t) => t.messages).filter((m) => m.kind === "forward" && m.author_type === "colleague")
          expect(internal.map((m) => [m.ticket_id, m.author_email])).toEqual([[ticket.id, "warehouse@shop.test"]])
          const strangers = tickets.flatMap((t) => t.messages).filter((m) => m.author_email === "stranger@example.net")
          expect(strangers).toMatchObject([{ kind: "message", author_type: "customer" }])
          expect(strangers[0].ticket_id).not.toBe(ticket.id)
        })
      })

      describe("a delivery failure report", () => {
        it("marks an agent's reply failed only when it quotes the Message-ID the helpdesk gave that reply", async () => {
          const { mailbox, address, deliver } = await newMailbox()
          await deliver(await compose({ from: "lee@example.org", to: address, subject: "Where is my order", messageId: "<order-1@example.org>", text: "Order 1001?" }))
          await collect(mailbox.id)
          const [ticket] = await ticketsOf(mailbox.id)
          expect((await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "It ships today." })).status).toBe(200)
          const [sent] = await sink.waitFor(1)
          const reply = await agentMessage(ticket.id, "message")
          expect(reply.message_id).toMatch(OWN_MESSAGE_ID)
          expect(sent.parsed.messageId).toBe(`<${reply.message_id}>`)
          await untilSent(reply.id)

          // Forged: the customer's own Message-ID, which anyone in the thread has seen, and a look-alike of ours.
          const lookAlike = `hd.${"0".repeat(24)}.${"0".repeat(16)}@shop.test`
          await helpdesk.createTicketMessages([
            { ticket_id: ticket.id, kind: "message", author_type: "agent", body_text: "Old reply", message_id: lookAlike, delivery_status: "sent" },
          ])
          await deliver(bounce("order-1@example.org", address, 1), bounce(lookAlike, address, 2))
          expect(await collect(mailbox.id)).toMatchObject({ imported: 2, skipped: 0 })

          const messages = await helpdesk.listTicketMessages({ ticket_id: ticket.id })
          expect(messages.filter((m) => m.author_type === "system")).toEqual([])
          expect(messages.filter((m) => m.delivery_status === "failed")).toEqual([])
          const forged = (await ticketsOf(mailbox.id)).filter((t) => t.id !== ticket.id)
          expect(forged.map((t) => t.messages.map((m) => [m.author_type, m.author_email]))).toEqual([
            [["customer", "mailer-daemon@mx.example.net"]],
            [["customer", "mailer-daemon@mx.example.net"]],
          ])
          const log = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails?status=imported`)).data
          expect(log.inbound_mails.filter((m: any) => m.auto === "bounce").map((m: any) => m.reason)).toEqual([
            expect.stringMatching(/names no mail this helpdesk sent/),
            expect.stringMatching(/names no mail this helpdesk sent/),
          ])

          await deliver(bounce(reply.message_id!, address, 3))
          expect(await collect(mailbox.id)).toMatchObject({ imported: 1 })
          const [failed] = await helpdesk.listTicketMessages({ id: reply.id })
          expect(failed.delivery_status).toBe("failed")
          const system = (await helpdesk.listTicketMessages({ ticket_id: ticket.id })).filter((m) => m.author_type === "system")
          expect(system).toMatchObject([{ kind: "system", author_email: "mailer-daemon@mx.example.net" }])
          expect(await ticketsOf(mailbox.id)).toHaveLength(3)
        })
      })

      describe("the reason a delivery report gives", () => {
        const shownDelivery = async (ticketId: string, messageId: string) => {
          const res = await as(api, admin).get(`/admin/helpdesk/tickets/${ticketId}`)
          expect(res.status).toBe(200)
          const message = res.data.ticket.messages.find((m: any) => m.id === messageId)
          return { delivery_status: message.delivery_status, delivery_error: message.delivery_error }
        }
        const outboundOf = async (messageId: string) => {
          const [mail] = await helpdesk.listOutboundMails({ ticket_message_id: messageId }, { select: ["status", "last_error"] })
          return { status: mail.status, last_error: mail.last_error }
        }

        /** A customer's ticket with the agent's reply to it, taken by the mail server. */
        const sentReply = async () => {
          const { mailbox, address, deliver } = await newMailbox()
          await deliver(await compose({ from: "bob@example.org", to: address, subject: "Where is my order", text: "Order 1001?" }))
          await collect(mailbox.id)
          const [ticket] = await helpdesk.listTickets({ mailbox_id: mailbox.id })
          expect((await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "It ships today." })).status).toBe(200)
          await sink.waitFor(1)
          const reply = await agentMessage(ticket.id, "message")
          await untilSent(reply.id)
          expect(await shownDelivery(ticket.id, reply.id)).toEqual({ delivery_status: "sent", delivery_error: null })
          return { mailbox, address, deliver, ticket, reply }
        }

        it("a delay warning leaves the reply sent, a forged report changes nothing, the final DSN marks it failed with its reason", async () => {
          const { mailbox, address, deliver, ticket, reply } = await sentReply()
          const ours = reply.message_id!

          // Our Message-ID with its signature broken: anyone can write one that looks like ours.
          const forged = ours.replace(/\.([0-9a-f]{16})@/, (_, sig: string) => `.${sig.startsWith("0") ? "1" : "0"}${sig.slice(1)}@`)
          await helpdesk.createTicketMessages([
            { ticket_id: ticket.id, kind: "message", author_type: "agent", body_text: "Old reply", message_id: forged, delivery_status: "sent" },
          ])
          await deliver(dsnReport(ours, address, "bob@example.org", { action: "delayed" }), dsnReport(forged, address, "bob@example.org"))
          expect(await collect(mailbox.id)).toMatchObject({ imported: 1, skipped: 1 })

          expect(await shownDelivery(ticket.id, reply.id)).toEqual({ delivery_status: "sent", delivery_error: null })
          expect(await outboundOf(reply.id)).toEqual({ status: "sent", last_error: null })
          const messages = await helpdesk.listTicketMessages({ ticket_id: ticket.id })
          expect(messages.filter((m) => m.delivery_status === "failed")).toEqual([])
          expect(messages.filter((m) => m.author_type === "system")).toEqual([])
          const log = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails?status=skipped`)).data
          expect(log.inbound_mails.map((m: any) => m.reason)).toEqual([
            "A delay warning for a mail this helpdesk sent (4.4.1 bob@example.org). The receiving server is still trying; the mail stays as sent.",
          ])

          await deliver(dsnReport(ours, address, "bob@example.org"))
          expect(await collect(mailbox.id)).toMatchObject({ imported: 1 })
          const reason = "Bounced: 5.1.1 bob@example.org — Recipient address rejected: User unknown in virtual mailbox table"
          expect(await shownDelivery(ticket.id, reply.id)).toEqual({ delivery_status: "failed", delivery_error: reason })
          expect(await outboundOf(reply.id)).toEqual({ status: "failed", last_error: reason })
          // The report is filed on the reply's ticket; the second ticket is the forged one's, filed as ordinary mail.
          expect(await helpdesk.listTickets({ mailbox_id: mailbox.id })).toHaveLength(2)
          const system = (await helpdesk.listTicketMessages({ ticket_id: ticket.id })).filter((m) => m.author_type === "system")
          expect(system).toMatchObject([{ kind: "system", author_email: "mailer-daemon@mx.example.net" }])
          expect(sink.received).toHaveLength(1)

          // Resend works on it: the bounce failed the outbound mail too.
          expect((await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/messages/${reply.id}/resend`)).status).toBe(200)
          await sink.waitFor(2)
        })

        it("a plain-text bounce (Exim) marks the reply failed with the failed recipient, status and server's words", async () => {
          const { mailbox, address, deliver, ticket, reply } = await sentReply()
          await deliver(eximReport(reply.message_id!, address, "bob@example.org"))
          expect(await collect(mailbox.id)).toMatchObject({ imported: 1 })
          const reason = "Bounced: 5.2.2 bob@example.org — mailbox full"
          expect(await shownDelivery(ticket.id, reply.id)).toEqual({ delivery_status: "failed", delivery_error: reason })
          expect(await outboundOf(reply.id)).toEqual({ status: "failed", last_error: reason })
          expect(await helpdesk.listTickets({ mailbox_id: mailbox.id })).toHaveLength(1)
        })
      })
    },
  })
})
