import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { spawn } from "node:child_process"
import { ImapFlow } from "imapflow"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createMessageId } from "../../src/lib/mail/message-id"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent } from "../helpers/admin"
import { bounceFor, compose } from "./helpers/compose"
import { MAILBOX_PASSWORD, newMailbox as newTestMailbox, TestMailbox } from "./helpers/mailbox"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(240_000)

describeWithDovecot("collecting mail from an IMAP mailbox (Dovecot)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer, dbConfig }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
      })

      const newMailbox = (extra: Record<string, unknown> = {}) => newTestMailbox(api, admin, dovecot(), extra)
      const collect = (id: string) => as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/collect`)
      const ticketsOf = (mailboxId: string) =>
        helpdesk.listTickets({ mailbox_id: mailboxId }, { relations: ["messages", "messages.attachments", "events"], order: { created_at: "ASC" } })

      it("never returns a mailbox password, stores it encrypted, and keeps it when an edit leaves it out", async () => {
        const { mailbox } = await newMailbox({ smtp_host: "127.0.0.1", smtp_port: 2525, smtp_user: "out", smtp_password: "smtp-secret" })
        expect(mailbox).toMatchObject({ imap_password_set: true, smtp_password_set: true })
        expect(JSON.stringify(mailbox)).not.toMatch(/s3cret-pass|smtp-secret|password_encrypted/)
        const [row] = await helpdesk.listMailboxes({ id: mailbox.id }, { select: ["imap_password_encrypted"] })
        expect(row.imap_password_encrypted).toMatch(/^v2:/)
        expect(row.imap_password_encrypted).not.toContain(MAILBOX_PASSWORD)

        const edited = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { name: "Returns" })
        expect(edited.data.mailbox).toMatchObject({ name: "Returns", imap_password_set: true })
        const list = (await as(api, admin).get("/admin/helpdesk/mailboxes")).data
        expect(JSON.stringify(list)).not.toMatch(/s3cret-pass|smtp-secret/)

        const bad = await as(api, admin).post("/admin/helpdesk/mailboxes", { name: "X", address: "not-an-address", imap_host: "h", imap_user: "u" })
        expect(bad.status).toBe(400)
        const badTemplate = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { signature: "{{NO_SUCH_VARIABLE}}" })
        expect(badTemplate.status).toBe(400)
        expect(badTemplate.data.message).toMatch(/NO_SUCH_VARIABLE/)
      })

      it("tests IMAP and SMTP separately and says which part failed", async () => {
        const { SMTPServer } = await import("smtp-server")
        const smtp = new SMTPServer({
          authOptional: false,
          disabledCommands: ["STARTTLS"],
          onAuth: (auth, _session, callback) =>
            auth.username === "out" && auth.password === "smtp-secret" ? callback(null, { user: "out" }) : callback(new Error("Invalid username or password")),
        })
        await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve))
        const smtpPort = (smtp.server.address() as { port: number }).port
        try {
          const { mailbox } = await newMailbox({ smtp_host: "127.0.0.1", smtp_port: smtpPort, smtp_secure: false, smtp_user: "out", smtp_password: "smtp-secret" })
          const ok = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}/test-connection`)
          expect(ok.data).toMatchObject({ ok: true, imap: { ok: true }, smtp: { ok: true } })

          await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { imap_password: "wrong", smtp_password: "wrong" })
          const auth = (await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}/test-connection`)).data
          expect(auth).toMatchObject({ ok: false, imap: { problem: { stage: "auth" } }, smtp: { problem: { stage: "auth" } } })

          await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { imap_password: MAILBOX_PASSWORD, imap_folder: "NoSuchFolder", smtp_port: 1 })
          const other = (await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}/test-connection`)).data
          expect(other.imap.problem).toMatchObject({ stage: "folder" })
          expect(other.smtp.problem).toMatchObject({ stage: "tcp" })
          expect(other.smtp.problem.message).toMatch(/connection refused/)
        } finally {
          await new Promise<void>((resolve) => smtp.close(() => resolve()))
        }
      })

      it("turns a new mail into a ticket with the sender, subject and only the new text", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        const customers = getContainer().resolve(Modules.CUSTOMER)
        const customer = await customers.createCustomers({ email: "jane@example.com", first_name: "Jane", last_name: "Doe" })
        await deliver(
          await compose({
            from: '"Jane Doe" <Jane@Example.com>',
            to: address,
            subject: "Broken lid on my teapot",
            messageId: "<first-1@example.com>",
            text: "The lid arrived cracked.\n\nOn Mon, 1 Jan 2026 at 10:00, Shop <shop@shop.test> wrote:\n> Thanks for your order",
          })
        )
        const res = await collect(mailbox.id)
        expect(res.status).toBe(200)
        expect(res.data.collection).toMatchObject({ fetched: 1, imported: 1, failed: 0, error: null })

        const [ticket] = await ticketsOf(mailbox.id)
        expect(ticket).toMatchObject({
          subject: "Broken lid on my teapot",
          channel: "email",
          status: "new",
          contact_email: "jane@example.com",
          contact_name: "Jane Doe",
          customer_id: customer.id,
        })
        expect(ticket.messages).toHaveLength(1)
        expect(ticket.messages[0]).toMatchObject({ kind: "message", author_type: "customer", message_id: "first-1@example.com" })
        expect(ticket.messages[0].body_text.trim()).toBe("The lid arrived cracked.")
        expect(ticket.messages[0].quoted_text).toContain("Thanks for your order")
        expect(ticket.messages[0].raw_file_id).toBeTruthy()

        // The words of the mail are searchable at once.
        const found = (await as(api, admin).get("/admin/helpdesk/tickets?q=cracked")).data.tickets
        expect(found.map((t: any) => t.id)).toEqual([ticket.id])

        const health = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}`)).data.mailbox
        expect(health.last_check_at).toBeTruthy()
        expect(health.last_error).toBeNull()
        expect(health.imported_count).toBe(1)
      })

      it("adds replies to the same ticket, by subject tag and by In-Reply-To, and reopens a closed ticket", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        await deliver(await compose({ from: "sam@example.org", to: address, subject: "Refund please", messageId: "<r-1@example.org>", text: "I want a refund." }))
        await collect(mailbox.id)
        const [ticket] = await ticketsOf(mailbox.id)
        await helpdesk.updateTickets({ id: ticket.id, status: "closed", closed_at: new Date() })

        await deliver(
          await compose({ from: "sam@example.org", to: address, subject: `Re: Refund please [#${ticket.number}]`, text: "Any news?" }),
          await compose({ from: "sam@example.org", to: address, subject: "Re: Refund please", inReplyTo: "<r-1@example.org>", references: ["<r-1@example.org>"], text: "Hello again?" }),
          // Answering an old mail to raise something new must not land in the old ticket.
          await compose({ from: "sam@example.org", to: address, subject: "New order question", inReplyTo: "<r-1@example.org>", text: "Different matter." })
        )
        const res = await collect(mailbox.id)
        expect(res.data.collection).toMatchObject({ imported: 3 })

        const tickets = await ticketsOf(mailbox.id)
        expect(tickets).toHaveLength(2)
        const first = tickets.find((t) => t.id === ticket.id)!
        expect(first.messages.map((m) => m.body_text.trim()).sort()).toEqual(["Any news?", "Hello again?", "I want a refund."])
        expect(first.status).toBe("reopened")
        expect(first.events.map((e) => e.type)).toContain("reopen")
        expect(tickets.find((t) => t.id !== ticket.id)!.subject).toBe("New order question")

        // A reply's words join its ticket's search document, beside the earlier ones, and no other's.
        const search = async (q: string) => (await as(api, admin).get(`/admin/helpdesk/tickets?q=${q}`)).data.tickets.map((t: any) => t.id)
        expect(await search("news")).toEqual([ticket.id])
        expect(await search("refund")).toContain(ticket.id)
        expect(await search("matter")).not.toContain(ticket.id)
        // A reply's words find the ticket it joined.
        const found = (await as(api, admin).get("/admin/helpdesk/tickets?q=again")).data.tickets
        expect(found.map((t: any) => t.id)).toEqual([ticket.id])
      })

      it("files a colleague's reply to a forward as an internal message", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        await deliver(await compose({ from: "kim@example.org", to: address, subject: "Wrong size", text: "Shoes too small." }))
        await collect(mailbox.id)
        const [ticket] = await ticketsOf(mailbox.id)
        await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/forward`, { to: "warehouse@shop.test", body_text: "Size 42?" })
        await deliver(await compose({ from: "warehouse@shop.test", to: address, subject: `Re: Wrong size [ID:${ticket.number}]`, text: "We have size 42 in stock." }))
        await collect(mailbox.id)
        const [after] = await ticketsOf(mailbox.id)
        const forward = after.messages.find((m) => m.author_email === "warehouse@shop.test")!
        expect(forward).toMatchObject({ kind: "forward", author_type: "colleague" })
        // The colleague's answer leaves the ticket where the forward put it.
        expect(after.status).toBe("discussion")
      })

      it("opens no ticket for an auto-reply and files a bounce on the ticket whose mail bounced", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        await deliver(await compose({ from: "lee@example.org", to: address, subject: "Where is my order", text: "Order 1001?" }))
        await collect(mailbox.id)
        const [ticket] = await ticketsOf(mailbox.id)
        // What the mail-out worker records when it sends an agent's reply: a Message-ID the helpdesk signed.
        const outId = createMessageId("helpdesk.test", helpdesk.getSecretKey())
        const [sent] = await helpdesk.createTicketMessages([
          { ticket_id: ticket.id, kind: "message", author_type: "agent", body_text: "It ships today.", message_id: outId, delivery_status: "sent" },
        ])

        await deliver(
          await compose({ from: "robot@example.org", to: address, subject: "Out of office", headers: { "Auto-Submitted": "auto-replied" }, text: "I am away." }),
          await compose({ from: "news@example.org", to: address, subject: "Weekly deals", headers: { Precedence: "bulk" }, text: "Buy now." }),
          bounceFor(outId, address)
        )
        const res = await collect(mailbox.id)
        expect(res.data.collection).toMatchObject({ fetched: 3, imported: 1, skipped: 2 })

        const tickets = await ticketsOf(mailbox.id)
        expect(tickets).toHaveLength(1)
        const bounce = tickets[0].messages.find((m) => m.kind === "system")!
        expect(bounce.author_email).toBe("mailer-daemon@mx.example.net")
        const [original] = await helpdesk.listTicketMessages({ id: sent.id })
        expect(original.delivery_status).toBe("failed")
        expect(tickets[0].status).toBe("new")

        const log = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails?status=skipped`)).data
        expect(log.count).toBe(2)
        expect(log.inbound_mails.map((m: any) => m.auto).sort()).toEqual(["auto-reply", "bulk"])
      })

      it("stores attachments and inline images and serves them only through the plugin", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        const pdf = Buffer.from("%PDF-1.4\n% helpdesk test invoice\n")
        const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex")
        await deliver(
          await compose({
            from: "ann@example.org",
            to: address,
            subject: "Photo of the damage",
            text: "See the photo and the invoice.",
            html: '<p>See <img src="cid:photo@ann"> and the invoice.</p><script>alert(1)</script>',
            attachments: [
              { filename: "invoice.pdf", content: pdf, contentType: "application/pdf" },
              { filename: "photo.png", content: png, contentType: "image/png", cid: "photo@ann" },
            ],
          })
        )
        await collect(mailbox.id)
        const [ticket] = await ticketsOf(mailbox.id)
        const message = ticket.messages[0]
        expect(message.body_html).toContain("cid:photo@ann")
        expect(message.body_html).not.toContain("<script")
        const files = Object.fromEntries(message.attachments.map((a) => [a.filename, a]))
        expect(files["invoice.pdf"]).toMatchObject({ content_type: "application/pdf", size: pdf.length, inline: false })
        expect(files["photo.png"]).toMatchObject({ content_type: "image/png", inline: true, content_id: "photo@ann" })

        const download = await api.get(`/admin/helpdesk/tickets/${ticket.id}/attachments/${files["invoice.pdf"].id}`, {
          headers: admin.headers,
          responseType: "arraybuffer",
        })
        expect(Buffer.from(download.data).equals(pdf)).toBe(true)
        expect(download.headers["content-disposition"]).toContain("attachment")
        const raw = await api.get(`/admin/helpdesk/tickets/${ticket.id}/messages/${message.id}/raw`, { headers: admin.headers })
        expect(String(raw.data)).toContain("Subject: Photo of the damage")

        const other = await as(api, admin).get(`/admin/helpdesk/tickets/${ticket.id}/attachments/tatt_missing`)
        expect(other.status).toBe(404)
      })

      it("imports the same mail appended twice only once", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        const mail = await compose({ from: "dup@example.org", to: address, subject: "Twice", messageId: "<twice@example.org>", text: "Once please." })
        await deliver(mail, mail)
        const res = await collect(mailbox.id)
        expect(res.data.collection).toMatchObject({ fetched: 2, imported: 1, duplicates: 1 })
        // A mail without Message-ID is recognised by its content.
        const bare = "From: nomid@example.org\r\nTo: " + address + "\r\nSubject: No id\r\n\r\nHello\r\n"
        await deliver(bare, bare)
        await collect(mailbox.id)
        const tickets = await ticketsOf(mailbox.id)
        expect(tickets.map((t) => t.messages.length)).toEqual([1, 1])
      })

      it("moves imported mail to the chosen folder, making the folder when the server has none", async () => {
        const { mailbox, user, address, deliver } = await newMailbox({ after_import: "move", move_to_folder: "Imported" })
        await deliver(
          ...(await Promise.all([1, 2, 3].map((i) => compose({ from: `m${i}@example.org`, to: address, subject: `Move ${i}`, text: `Mail ${i}` }))))
        )
        const res = await collect(mailbox.id)
        expect(res.data.collection).toMatchObject({ fetched: 3, imported: 3, error: null })
        const client = new ImapFlow({ host: dovecot().host, port: dovecot().port, secure: false, auth: { user, pass: MAILBOX_PASSWORD }, logger: false })
        await client.connect()
        try {
          expect((await client.status("INBOX", { messages: true })).messages).toBe(0)
          expect((await client.status("Imported", { messages: true })).messages).toBe(3)
        } finally {
          await client.logout()
        }
        expect((await collect(mailbox.id)).data.collection).toMatchObject({ fetched: 0, error: null })
        expect(await ticketsOf(mailbox.id)).toHaveLength(3)
      })

      it("imports a mail whose subject and text hold NUL characters, which PostgreSQL text cannot store, without them", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        await deliver(
          [
            "From: nul@example.org",
            `To: ${address}`,
            "Subject: =?utf-8?q?Broken=00_export?=",
            "Message-ID: <nul@example.org>",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "The file ends in=00=00 zero bytes.",
            "",
          ].join("\r\n")
        )
        const res = await collect(mailbox.id)
        expect(res.data.collection).toMatchObject({ fetched: 1, imported: 1, failed: 0 })
        const [ticket] = await ticketsOf(mailbox.id)
        expect(ticket.subject).toBe("Broken export")
        expect(ticket.messages[0].body_text).toBe("The file ends in zero bytes.")
      })

      it("keeps a malformed mail as unprocessable, imports the mails after it, and retries it", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        await deliver(
          "this is not a mail at all\r\njust some words\r\n",
          await compose({ from: "ok@example.org", to: address, subject: "After the bad one", text: "Fine." })
        )
        const res = await collect(mailbox.id)
        expect(res.data.collection).toMatchObject({ fetched: 2, imported: 1, failed: 1 })
        expect(await ticketsOf(mailbox.id)).toHaveLength(1)

        const box = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}`)).data.mailbox
        expect(box.unprocessable_count).toBe(1)
        const log = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails?status=failed`)).data
        expect(log.inbound_mails[0].reason).toMatch(/could not be read/)
        const raw = await as(api, admin).get(`/admin/helpdesk/inbound-mails/${log.inbound_mails[0].id}/raw`)
        expect(String(raw.data)).toContain("this is not a mail at all")
        const retry = await as(api, admin).post(`/admin/helpdesk/inbound-mails/${log.inbound_mails[0].id}/retry`)
        expect(retry.status).toBe(200)
        expect(retry.data.inbound_mail).toMatchObject({ status: "failed", attempts: 1 })
        const imported = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails?status=imported`)).data
        const again = await as(api, admin).post(`/admin/helpdesk/inbound-mails/${imported.inbound_mails[0].id}/retry`)
        expect(again.status).toBe(409)
      })

      /** `total` distinct mails, each with its own subject and Message-ID, delivered to the mailbox. */
      const deliverMany = async (box: TestMailbox, total: number, tag: string) => {
        const mails: Buffer[] = []
        for (let i = 0; i < total; i++) {
          mails.push(await compose({ from: `${tag}${i}@example.org`, to: box.address, subject: `${tag} ${i}`, messageId: `<${tag}${i}@example.org>`, text: `Mail number ${i}` }))
        }
        await box.deliver(...mails)
      }

      /**
       * Starts a run, does `interrupt` once the run has stored its first chunk (its records are
       * written with it) while later chunks are still to come, and checks the run stopped with
       * part of the mail stored. Returns the run's answer.
       */
      const interruptAfterFirstChunk = async (mailboxId: string, total: number, interrupt: () => Promise<void>) => {
        const running = collect(mailboxId)
        for (let i = 0; i < 600; i++) {
          const [, count] = await helpdesk.listAndCountInboundMails({ mailbox_id: mailboxId }, { take: 1 })
          if (count > 0) break
          await new Promise((r) => setTimeout(r, 25))
        }
        await interrupt()
        const first = await running
        const stored = (await ticketsOf(mailboxId)).length
        expect(stored).toBeGreaterThan(0)
        expect(stored).toBeLessThan(total)
        return first
      }

      /** Runs collection until every mail is in, then checks each became exactly one ticket. */
      const expectEachImportedOnce = async (mailboxId: string, total: number) => {
        for (let run = 0; run < 3 && (await ticketsOf(mailboxId)).length < total; run++) {
          const next = await collect(mailboxId)
          expect(next.data.collection.error).toBeNull()
        }
        const tickets = await ticketsOf(mailboxId)
        expect(tickets).toHaveLength(total)
        expect(new Set(tickets.map((t) => t.subject)).size).toBe(total)
        expect(tickets.every((t) => t.messages.length === 1)).toBe(true)
      }

      it("after the IMAP server dies mid-batch, the next run imports the rest and nothing twice", async () => {
        const box = await newMailbox()
        // Twice what the collector holds fetched but not yet stored (1,200 mails): the first run
        // still has chunks to fetch when the server dies.
        const total = 2400
        await deliverMany(box, total, "Question")

        const first = await interruptAfterFirstChunk(box.mailbox.id, total, () => dovecot().kill())
        expect(first.data.collection.error).toBeTruthy()
        const health = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${box.mailbox.id}`)).data.mailbox
        expect(health.last_error).toBeTruthy()

        await dovecot().start()
        await expectEachImportedOnce(box.mailbox.id, total)
      })

      it("stops a run whose mailbox another run took over, keeping what it stored, and imports nothing twice after", async () => {
        const box = await newMailbox()
        const total = 1600
        await deliverMany(box, total, "Lease")

        const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
        // Another process takes the mailbox over, as when this run's lease ran out.
        const first = await interruptAfterFirstChunk(box.mailbox.id, total, async () => {
          await db.raw("update helpdesk_mailbox set lease_token = 'another-run', lease_expires_at = now() + interval '1 minute' where id = ?", [box.mailbox.id])
        })
        expect(first.data.collection.error).toMatch(/took this mailbox over/)

        // That run has ended; the next one goes on from its checkpoint.
        await db.raw("update helpdesk_mailbox set lease_token = null, lease_expires_at = null where id = ?", [box.mailbox.id])
        await expectEachImportedOnce(box.mailbox.id, total)
      })

      it("imports each mail once when two Medusa processes collect the same mailbox at the same moment", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        const total = 120
        const mails: Buffer[] = []
        for (let i = 0; i < total; i++) {
          mails.push(await compose({ from: `p${i}@example.org`, to: address, subject: `Parallel ${i}`, text: `Mail ${i}` }))
        }
        await deliver(...mails)
        const root = path.resolve(__dirname, "../..")
        const startAt = Date.now() + 30_000
        const runProcess = () =>
          new Promise<{ code: number | null; output: string }>((resolve) => {
            const child = spawn(path.join(root, "node_modules/.bin/medusa"), ["exec", "./integration-tests/fixtures/collect-mailbox.ts"], {
              cwd: root,
              env: { ...process.env, DATABASE_URL: dbConfig.clientUrl, MAILBOX_ID: mailbox.id, START_AT: String(startAt), MEDUSA_DISABLE_TELEMETRY: "true" },
            })
            let output = ""
            child.stdout.on("data", (d) => (output += d))
            child.stderr.on("data", (d) => (output += d))
            child.on("close", (code) => resolve({ code, output }))
          })
        const results = await Promise.all([runProcess(), runProcess()])
        const summaries = results.map((r) => {
          const line = r.output.split("\n").find((l) => l.startsWith("COLLECT_RESULT "))
          if (!line) throw new Error(`a collecting process printed no result (exit ${r.code}):\n${r.output.slice(-2000)}`)
          return JSON.parse(line.slice("COLLECT_RESULT ".length))
        })
        // Either one run found the mailbox taken, or the second ran after the first and found nothing new.
        expect(summaries.reduce((sum, s) => sum + (s.imported ?? 0), 0)).toBe(total)
        const tickets = await ticketsOf(mailbox.id)
        expect(tickets).toHaveLength(total)
        expect(tickets.every((t) => t.messages.length === 1)).toBe(true)
      })

      it("holds mail from a sender over the loop limit and stops nothing else", async () => {
        const { mailbox, address, deliver } = await newMailbox()
        const limit = helpdesk.getOptions().senderRateLimit
        const loop: Buffer[] = []
        for (let i = 0; i < limit + 3; i++) {
          loop.push(await compose({ from: "loop@example.org", to: address, subject: `Ping ${i}`, text: "ping" }))
        }
        await deliver(...loop, await compose({ from: "human@example.org", to: address, subject: "Real question", text: "Hi" }))
        const res = await collect(mailbox.id)
        expect(res.data.collection).toMatchObject({ imported: limit + 1, skipped: 3 })
        const held = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}/inbound-mails?status=skipped`)).data
        expect(held.inbound_mails[0].reason).toMatch(/loop guard/)
      })

      it("puts a first mail from an unknown sender in Pending confirmation when anti-spam is on", async () => {
        const { mailbox, address, deliver } = await newMailbox({ antispam_enabled: true })
        const customers = getContainer().resolve(Modules.CUSTOMER)
        await customers.createCustomers({ email: "known@example.org" })
        await deliver(
          await compose({ from: "stranger@example.org", to: address, subject: "Cheap watches", text: "..." }),
          await compose({ from: "known@example.org", to: address, subject: "My order", text: "..." })
        )
        await collect(mailbox.id)
        const tickets = await ticketsOf(mailbox.id)
        expect(Object.fromEntries(tickets.map((t) => [t.contact_email, t.status]))).toEqual({
          "stranger@example.org": "pending_confirmation",
          "known@example.org": "new",
        })
      })
    },
  })
})
