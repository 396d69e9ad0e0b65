import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent } from "../helpers/admin"
import { ImapSession, OVERSIZE_HEAD_BYTES } from "../../src/lib/mail/imap/imap-session"
import { compose } from "./helpers/compose"
import { MAILBOX_PASSWORD, newMailbox } from "./helpers/mailbox"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(240_000)

const headers = (id: string, subject: string, to: string, contentType: string, extra = "") =>
  `From: Mallory <mallory@example.net>\r\nTo: ${to}\r\nSubject: ${subject}\r\nMessage-ID: <${id}@example.net>\r\n` +
  `Date: Thu, 3 Dec 2026 10:00:00 +0000\r\n${extra}MIME-Version: 1.0\r\nContent-Type: ${contentType}\r\n\r\n`

/** Mail any outside sender can write, each of which once stalled or broke the collector (issue 14). */
function hostileMails(to: string): Buffer[] {
  // one line of 30 KB: the reply extractor's address pattern was cubic on it (6.5 KB took 31 s; this, hours)
  const runaway = headers("runaway", "Runaway line", to, "text/plain; charset=utf-8") + `Hello,\r\n\r\nFrom: ${"a@".repeat(15_000)}\r\n`

  let deep = "deep down\r\n"
  let type = "text/plain"
  for (let i = 300; i > 0; i--) {
    deep = `--d${i}\r\nContent-Type: ${type}\r\n\r\n${deep}\r\n--d${i}--\r\n`
    type = `multipart/mixed; boundary="d${i}"`
  }
  const nested = headers("nested", "300 levels deep", to, type) + deep

  const proto = headers("proto", "Odd header names", to, "text/plain", "__proto__: polluted\r\nconstructor: x\r\nhasOwnProperty: y\r\n") + "Hi there.\r\n"

  let parts = "--p\r\nContent-Type: text/plain\r\n\r\nSee the files.\r\n"
  for (let i = 0; i < 3000; i++) {
    parts += `--p\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="f${i}.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n`
  }
  const many = headers("many", "Three thousand parts", to, 'multipart/mixed; boundary="p"') + parts + "--p--\r\n"

  return [runaway, nested, proto, many].map((mail) => Buffer.from(mail))
}

describeWithDovecot("hostile mail in an IMAP mailbox (Dovecot)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
      })

      it("answers Check mail now within 60 s, imports the normal mail after them, and logs every hostile mail", async () => {
        const { mailbox, address, deliver } = await newMailbox(api, admin, dovecot())
        await deliver(
          ...hostileMails(address),
          await compose({ from: "jane@example.com", to: address, subject: "Where is my order?", messageId: "<normal@example.com>", text: "Order 1001 has not come." })
        )

        const started = Date.now()
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}/collect`)
        expect(Date.now() - started).toBeLessThan(60_000)
        expect(res.status).toBe(200)
        expect(res.data.collection).toMatchObject({ fetched: 5, error: null })

        const tickets = await helpdesk.listTickets({ mailbox_id: mailbox.id }, { relations: ["messages", "events"] })
        const normal = tickets.find((t) => t.subject === "Where is my order?")
        expect(normal?.messages[0].body_text.trim()).toBe("Order 1001 has not come.")

        // every mail is in the mail log, as a ticket or kept raw as unprocessable
        const log = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails`)).data.inbound_mails
        expect(log).toHaveLength(5)
        for (const mail of log) expect(["imported", "failed"]).toContain(mail.status)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()

        // what they could be read as: the runaway line is text, the odd headers are only headers
        const bySubject = new Map(tickets.map((t) => [t.subject, t]))
        expect(bySubject.get("Runaway line")?.messages[0].body_text).toContain("Hello,")
        expect(bySubject.get("Odd header names")?.messages[0].body_text.trim()).toBe("Hi there.")
        // past the caps the rest is left out and listed in the ticket's history
        const many = bySubject.get("Three thousand parts")
        expect(many?.events.filter((e) => e.type === "attachment_skipped").map((e) => e.data?.filename)).toEqual([
          "1799 more attachments (past 200 attachments)",
          "1001 more MIME parts (past 2000 parts or 50 levels of nesting)",
        ])
        const deep = bySubject.get("300 levels deep")
        expect(deep?.events.some((e) => e.type === "attachment_skipped" && /past 2000 parts or 50 levels/.test(String(e.data?.filename)))).toBe(true)
      })

      it("keeps a mail over maxMailBytes raw, downloading only its head, and imports the mail after it", async () => {
        const options = helpdesk.getOptions()
        jest.spyOn(helpdesk, "getOptions").mockReturnValue({ ...options, maxMailBytes: 1024 * 1024 })
        try {
          const { mailbox, address, deliver } = await newMailbox(api, admin, dovecot())
          await deliver(
            await compose({ from: "big@example.com", to: address, subject: "Huge", messageId: "<huge@example.com>", text: "x".repeat(3 * 1024 * 1024) }),
            await compose({ from: "jane@example.com", to: address, subject: "After the huge one", text: "Hello." })
          )
          const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}/collect`)
          expect(res.data.collection).toMatchObject({ fetched: 2, imported: 1, failed: 1, error: null })
          const [failed] = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails?status=failed`)).data.inbound_mails
          expect(failed.reason).toMatch(/^The mail is 3\.\d MB, over maxMailBytes when it was collected; only its first 64 KB were downloaded and are kept raw\.$/)
          expect(failed.size).toBeGreaterThan(3 * 1024 * 1024)
          const raw = await as(api, admin).get(`/admin/helpdesk/inbound-mails/${failed.id}/raw`)
          expect(String(raw.data)).toContain("Subject: Huge")
          const tickets = await helpdesk.listTickets({ mailbox_id: mailbox.id })
          expect(tickets.map((t) => t.subject)).toEqual(["After the huge one"])

          // raised limit or not, a retry does not import the head as if it were the mail
          jest.restoreAllMocks()
          const retried = await as(api, admin).post(`/admin/helpdesk/inbound-mails/${failed.id}/retry`)
          expect(retried.data.inbound_mail).toMatchObject({ status: "failed", reason: failed.reason })
        } finally {
          jest.restoreAllMocks()
        }
      })

      it("fetches only the head of a mail over the size limit, with its whole size, and small mail whole", async () => {
        const { address, user, deliver } = await newMailbox(api, admin, dovecot())
        const big = await compose({ from: "big@example.com", to: address, subject: "Huge", text: "x".repeat(3 * 1024 * 1024) })
        const small = await compose({ from: "small@example.com", to: address, subject: "Small", text: "Hello." })
        await deliver(big, small)
        const server = dovecot()
        const session = await ImapSession.open({ host: server.host, port: server.port, secure: false, user, password: MAILBOX_PASSWORD, timeoutMs: 10_000 }, "INBOX")
        try {
          const uids = await session.newUids(null, 10)
          const maxBytes = 1024 * 1024
          const mails = await session.fetchSources(uids, undefined, { maxBytes, sizes: await session.largeSizes(uids, maxBytes) })
          expect(mails.map((m) => [m.source.length, m.size])).toEqual([
            [OVERSIZE_HEAD_BYTES, expect.any(Number)],
            [small.length, undefined],
          ])
          expect(mails[0].size).toBeGreaterThan(3 * 1024 * 1024)
          expect(mails[0].source.toString("latin1")).toContain("Subject: Huge")
        } finally {
          await session.close()
        }
      })
    },
  })
})
