import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent, createAdminUser } from "../helpers/admin"
import { compose } from "./helpers/compose"
import { newMailbox as newTestMailbox } from "./helpers/mailbox"
import { sinkSmtp, useSmtpSink } from "./helpers/smtp-sink"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(240_000)

/** SPEC §5 "Notifications": one test per row of the table. */
describeWithDovecot("notifications (Dovecot, smtp-server)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let admin: Agent
      let ben: Agent
      let cleo: Agent
      let helpdesk: HelpdeskModuleService
      const sink = useSmtpSink()

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer(), { notices: true }))
        const agent = async (email: string) => {
          const { user, headers } = await createAdminUser(getContainer(), email)
          return { id: user.id, headers }
        }
        ben = await agent("ben@shop.test")
        cleo = await agent("cleo@shop.test")
        sink.received.length = 0
      })

      const newMailbox = (extra: Record<string, unknown> = {}) =>
        newTestMailbox(api, admin, dovecot(), { ...sinkSmtp(sink), receipt_enabled: false, ...extra })
      const collect = async (id: string) => (await as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/collect`)).data.collection
      const customerWrites = async (box: Awaited<ReturnType<typeof newMailbox>>, subject = "Wrong size", messageId?: string) => {
        await box.deliver(await compose({ from: "kim@example.org", to: box.address, subject, messageId, text: "Shoes too small." }))
        await collect(box.mailbox.id)
        return (await helpdesk.listTickets({ mailbox_id: box.mailbox.id }, { order: { created_at: "DESC" } }))[0]
      }
      /**
       * Who has been sent a notice about the ticket, once there are `count`
       * (subscribers run after the HTTP answer); a moment more lets a notice
       * that should not exist show up if it would.
       */
      const noticesFor = async (ticketId: string, count = 1) => {
        for (const until = Date.now() + 20_000; ; await new Promise((r) => setTimeout(r, 100))) {
          const mails = await helpdesk.listOutboundMails({ ticket_id: ticketId, kind: "notification" }, { order: { created_at: "ASC" } })
          if (mails.length >= count || Date.now() > until) {
            await new Promise((r) => setTimeout(r, 300))
            const settled = await helpdesk.listOutboundMails({ ticket_id: ticketId, kind: "notification" }, { order: { created_at: "ASC" } })
            await sink.waitFor(settled.length)
            return settled.map((m) => m.to[0].replace(/^.*<|>$/g, ""))
          }
        }
      }
      const adminEmail = "admin@example.com"

      it("new ticket: the members of its department, or every agent when it has none", async () => {
        const department = await helpdesk.createDepartments({ name: "Shoes" })
        await helpdesk.createDepartmentMembers({ department_id: department.id, user_id: ben.id })
        const shoes = await newMailbox({ default_department_id: department.id })
        const shoesTicket = await customerWrites(shoes)
        expect(await noticesFor(shoesTicket.id)).toEqual(["ben@shop.test"])
        const [notice] = sink.received
        expect(notice.parsed.subject).toContain(shoesTicket.number)
        expect(notice.parsed.subject).not.toContain(`[#${shoesTicket.number}]`)
        expect(notice.parsed.text).toContain("Shoes too small.")
        expect(notice.parsed.text).toContain(`/app/helpdesk/${shoesTicket.id}`)
        expect(notice.parsed.headers.get("auto-submitted")).toBe("auto-generated")

        // Cleo switched new-ticket notices off.
        expect((await as(api, cleo).post("/admin/helpdesk/notification-preferences", { new_ticket: false })).data.notification_preferences).toEqual({
          new_ticket: false, assigned: true, customer_replied: true, watched: true,
        })
        const general = await newMailbox()
        const generalTicket = await customerWrites(general, "Delivery")
        expect((await noticesFor(generalTicket.id, 2)).sort()).toEqual([adminEmail, "ben@shop.test"])

        const feed = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: generalTicket.id })
        expect(feed).toMatchObject([{ channel: "feed", data: { title: `#${generalTicket.number} Delivery` } }])
      })

      it("assigned: the new assignee, if they want it, never who assigned themselves", async () => {
        for (const agent of [admin, ben, cleo]) await as(api, agent).post("/admin/helpdesk/notification-preferences", { new_ticket: false })
        await as(api, cleo).post("/admin/helpdesk/notification-preferences", { assigned: false })
        const ticket = await customerWrites(await newMailbox())
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/assign`, { assignee_id: admin.id })
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/assign`, { assignee_id: cleo.id })
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/assign`, { assignee_id: ben.id })
        expect(await noticesFor(ticket.id)).toEqual(["ben@shop.test"])
        expect(sink.received[0].parsed.text).toMatch(/assigned/i)
      })

      it("customer replied: the assignee, else the department", async () => {
        const box = await newMailbox()
        const ticket = await customerWrites(box, "Refund", "<kim-refund@example.org>")
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/assign`, { assignee_id: ben.id })
        // Everyone heard of the new ticket (no department), Ben of his assignment.
        const before = (await noticesFor(ticket.id, 4)).length
        await box.deliver(
          await compose({ from: "kim@example.org", to: box.address, subject: `Re: [#${ticket.number}] Refund`, inReplyTo: "<kim-refund@example.org>", text: "Any news?" })
        )
        await collect(box.mailbox.id)
        await noticesFor(ticket.id, before + 1)
        const after = await helpdesk.listOutboundMails({ ticket_id: ticket.id, kind: "notification" }, { order: { created_at: "ASC" } })
        expect(after.slice(before).map((m) => m.to[0])).toEqual([expect.stringContaining("ben@shop.test")])
        expect(after[after.length - 1].body_text).toContain("Any news?")
      })

      it("any action on a watched ticket: its watchers, but not for their own actions", async () => {
        await as(api, ben).post("/admin/helpdesk/notification-preferences", { new_ticket: false })
        await as(api, cleo).post("/admin/helpdesk/notification-preferences", { new_ticket: false })
        await as(api, admin).post("/admin/helpdesk/notification-preferences", { new_ticket: false })
        const ticket = await customerWrites(await newMailbox())
        expect((await as(api, cleo).post(`/admin/helpdesk/tickets/${ticket.id}/watch`)).status).toBeLessThan(300)
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: "Check the warehouse." })
        expect(await noticesFor(ticket.id)).toEqual(["cleo@shop.test"])
        expect(sink.received.at(-1)!.parsed.text).toContain("Check the warehouse.")
        await as(api, cleo).post(`/admin/helpdesk/tickets/${ticket.id}/notes`, { body_text: "On it." })
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/close`)
        expect(await noticesFor(ticket.id, 2)).toEqual(["cleo@shop.test", "cleo@shop.test"])
        expect(sink.received.at(-1)!.parsed.text).toMatch(/close/i)
      })

      it("agent reply: the customer, and close without reply: nobody", async () => {
        await as(api, admin).post("/admin/helpdesk/notification-preferences", { new_ticket: false })
        await as(api, ben).post("/admin/helpdesk/notification-preferences", { new_ticket: false })
        await as(api, cleo).post("/admin/helpdesk/notification-preferences", { new_ticket: false })
        const ticket = await customerWrites(await newMailbox())
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Size 42 is on its way." })
        const [reply] = await sink.waitFor(1)
        expect(reply.envelope.to).toEqual(["kim@example.org"])
        expect((await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/close`)).status).toBe(200)
        expect((await helpdesk.listOutboundMails({ ticket_id: ticket.id })).map((m) => m.kind)).toEqual(["reply"])
      })
    },
  })
})
