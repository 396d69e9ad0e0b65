import { readdirSync, readlinkSync, rmSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import sendOutboundMailJob from "../../src/jobs/send-outbound-mail"
import { as, Agent } from "../helpers/admin"
import { compose } from "./helpers/compose"
import { newMailbox as newTestMailbox } from "./helpers/mailbox"
import { sinkSmtp, startSmtpSink, useSmtpSink } from "./helpers/smtp-sink"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(240_000)

/** The test app's private file folder (medusa-config.ts). */
const FILE_DIR = process.env.HELPDESK_FILE_DIR || path.join(os.tmpdir(), "medusa-helpdesk-test-files")
/** Stored files whose name has `token` (the provider keeps the uploaded name after its own prefix). */
const storedWith = (token: string) => readdirSync(FILE_DIR, { recursive: true }).filter((name) => String(name).includes(token))
const TEN_MB = 10 * 1024 * 1024

/** Files of the file folder this process holds open (the test app runs in it). */
const openStoredFiles = () =>
  readdirSync("/proc/self/fd").filter((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`).startsWith(FILE_DIR)
    } catch {
      return false
    }
  })

/** Bytes no text transfer would leave alone. */
const binary = (size: number, seed: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + seed) % 256))

describeWithDovecot("files sent with replies and forwards (Dovecot, smtp-server, the File module)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService
      const sink = useSmtpSink()

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
      })

      const newMailbox = (smtpPort = sink.port) => newTestMailbox(api, admin, dovecot(), { ...sinkSmtp(sink, smtpPort), receipt_enabled: false })
      /** A customer's mail, with a photo, collected into a ticket. */
      const customerWrites = async (smtpPort?: number) => {
        const box = await newMailbox(smtpPort)
        await box.deliver(
          await compose({
            from: "Kim Lee <kim@example.org>",
            to: box.address,
            subject: "Broken heel",
            messageId: `<kim-${Math.random()}@example.org>`,
            text: "See the photo.",
            attachments: [{ filename: "heel.jpg", content: binary(2048, 7), contentType: "image/jpeg" }],
          })
        )
        await as(api, admin).post(`/admin/helpdesk/mailboxes/${box.mailbox.id}/collect`)
        return (await helpdesk.listTickets({ mailbox_id: box.mailbox.id }))[0]
      }
      /** A multipart request as the admin's reply editor sends it: the JSON body in `payload`, files beside it. */
      const postForm = async (url: string, payload: unknown, files: { name: string; content: Buffer; type?: string }[]) => {
        const form = new FormData()
        form.append("payload", JSON.stringify(payload))
        for (const file of files) form.append("files", new Blob([file.content], { type: file.type ?? "application/octet-stream" }), file.name)
        const res = await fetch(`${api.defaults.baseURL}${url}`, { method: "POST", headers: admin.headers, body: form })
        return { status: res.status, data: await res.json() }
      }
      const agentMessages = (ticketId: string) => helpdesk.listTicketMessages({ ticket_id: ticketId, author_type: "agent" })

      describe("POST /admin/helpdesk/tickets/:id/reply with files", () => {
        it("mails the files byte for byte, keeps them on the reply, and the agent can download them by name", async () => {
          const ticket = await customerWrites()
          const invoice = binary(300 * 1024, 1)
          const photo = binary(5000, 2)
          const invoiceName = "Счёт-фактура №15 от 01.12.pdf"
          const res = await postForm(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "The invoice and the label.", cc: ["boss@example.org"] }, [
            { name: invoiceName, content: invoice, type: "application/pdf" },
            { name: "label.png", content: photo, type: "image/png" },
          ])
          expect(res.status).toBe(200)

          const [mail] = await sink.waitFor(1)
          expect(mail.envelope.to.sort()).toEqual(["boss@example.org", "kim@example.org"])
          expect(mail.parsed.text).toContain("The invoice and the label.")
          const sent = Object.fromEntries(mail.parsed.attachments.map((a) => [a.filename, a]))
          expect(Object.keys(sent).sort()).toEqual([invoiceName, "label.png"].sort())
          expect(sent[invoiceName].contentType).toBe("application/pdf")
          expect(Buffer.compare(sent[invoiceName].content, invoice)).toBe(0)
          expect(Buffer.compare(sent["label.png"].content, photo)).toBe(0)

          const reply = res.data.ticket.messages.find((m: any) => m.author_type === "agent")
          expect(reply.attachments.map((a: any) => [a.filename, a.size]).sort()).toEqual([[invoiceName, invoice.length], ["label.png", photo.length]].sort())
          expect(JSON.stringify(res.data)).not.toMatch(/file_id|private-/)
          const kept = reply.attachments.find((a: any) => a.filename === invoiceName)
          const download = await fetch(`${api.defaults.baseURL}/admin/helpdesk/tickets/${ticket.id}/attachments/${kept.id}`, { headers: admin.headers })
          expect(download.status).toBe(200)
          expect(download.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(invoiceName)}`)
          expect(Buffer.compare(Buffer.from(await download.arrayBuffer()), invoice)).toBe(0)
        })

        it("refuses a file over the size limit with 413 naming it, and keeps nothing of the request", async () => {
          const ticket = await customerWrites()
          const token = `t${Date.now()}`
          const res = await postForm(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Here is the video." }, [
            { name: `small-${token}.txt`, content: Buffer.from("fits") },
            { name: `unboxing-${token}.mp4`, content: binary(TEN_MB + 1, 3), type: "video/mp4" },
          ])
          expect(res.status).toBe(413)
          expect(res.data.message).toMatch(/'unboxing-t\d+\.mp4' is larger than 10 MB/)
          expect(await agentMessages(ticket.id)).toEqual([])
          expect(storedWith(token)).toEqual([])
        })

        it("refuses a type that is not allowed with 415, and keeps nothing of the request", async () => {
          const ticket = await customerWrites()
          const token = `t${Date.now()}`
          const res = await postForm(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "Run this." }, [
            { name: `notes-${token}.pdf`, content: binary(1000, 6) },
            { name: "fix.exe", content: Buffer.from("MZ") },
          ])
          expect(res.status).toBe(415)
          expect(res.data.message).toMatch(/'fix\.exe' cannot be attached: allowed are \.pdf, .*\.png/)
          expect(storedWith(token)).toEqual([])
          expect(await agentMessages(ticket.id)).toEqual([])
        })

        it("refuses more files than one message may carry with 413, and keeps none of them", async () => {
          const ticket = await customerWrites()
          const token = `t${Date.now()}`
          const many = Array.from({ length: 11 }, (_, i) => ({ name: `page-${i}-${token}.pdf`, content: binary(500, i) }))
          const res = await postForm(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "All pages." }, many)
          expect(res.status).toBe(413)
          expect(res.data.message).toBe("At most 10 files may be attached at once.")
          expect(storedWith(token)).toEqual([])
          expect(await agentMessages(ticket.id)).toEqual([])
        })

        it("removes the stored files when the body beside them is invalid", async () => {
          const ticket = await customerWrites()
          const token = `t${Date.now()}`
          const res = await postForm(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "" }, [{ name: `a-${token}.pdf`, content: binary(1000, 4) }])
          expect(res.status).toBe(400)
          expect(res.data.message).toMatch(/body_text/)
          // Removed once the answer is out.
          const until = Date.now() + 5_000
          while (storedWith(token).length && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
          expect(storedWith(token)).toEqual([])
        })
      })

      describe("sending files", () => {
        it("holds no file open between tries, and fails at once, naming the file, when it is gone from the storage", async () => {
          const down = await startSmtpSink()
          await down.stop()
          const ticket = await customerWrites(down.port)
          const token = `t${Date.now()}`
          const res = await postForm(`/admin/helpdesk/tickets/${ticket.id}/reply`, { body_text: "The manual." }, [
            { name: `manual-${token}.pdf`, content: binary(50_000, 8), type: "application/pdf" },
          ])
          expect(res.status).toBe(200)
          const [reply] = await agentMessages(ticket.id)
          const until = Date.now() + 20_000
          // Until the first try is over: claimed (attempts 1), refused, and back in the queue.
          const triedOnce = async () => {
            const [record] = await helpdesk.listOutboundMails({ ticket_message_id: reply.id })
            return record.attempts >= 1 && record.status !== "sending"
          }
          while (!(await triedOnce()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100))
          const [waiting] = await helpdesk.listOutboundMails({ ticket_message_id: reply.id })
          expect(waiting).toMatchObject({ status: "pending", attempts: 1 })
          // The first try met a closed port before it read the file: the file must not stay open.
          await new Promise((r) => setTimeout(r, 200))
          expect(openStoredFiles()).toEqual([])

          for (const name of storedWith(token)) rmSync(path.join(FILE_DIR, String(name)))
          await down.start()
          try {
            const deadline = Date.now() + 20_000
            let record = waiting
            while (record.status === "pending" && Date.now() < deadline) {
              await sendOutboundMailJob(getContainer())
              ;[record] = await helpdesk.listOutboundMails({ id: waiting.id })
              await new Promise((r) => setTimeout(r, 200))
            }
            expect(record).toMatchObject({ status: "failed", attempts: 2, last_error: `The attached file "manual-${token}.pdf" is no longer in the file storage.` })
            expect(down.received).toHaveLength(0)
            const [shown] = await helpdesk.listTicketMessages({ id: reply.id })
            expect(shown).toMatchObject({ delivery_status: "failed", delivery_error: record.last_error })
          } finally {
            await down.stop()
          }
        })
      })

      describe("POST /admin/helpdesk/tickets/:id/forward with files", () => {
        it("sends the chosen attachments of the ticket and new files to the colleague; another ticket's file is refused", async () => {
          const ticket = await customerWrites()
          const [photo] = await helpdesk.listTicketAttachments({ message: { ticket_id: ticket.id } })
          expect(photo.filename).toBe("heel.jpg")

          const other = await customerWrites()
          const [foreign] = await helpdesk.listTicketAttachments({ message: { ticket_id: other.id } })
          const refused = await as(api, admin).post(`/admin/helpdesk/tickets/${ticket.id}/forward`, {
            to: "warehouse@shop.test",
            body_text: "Look at this",
            attachment_ids: [foreign.id],
          })
          expect(refused.status).toBe(400)
          expect(refused.data.message).toMatch(/is not on this ticket/)
          expect(sink.received).toHaveLength(0)

          const res = await postForm(
            `/admin/helpdesk/tickets/${ticket.id}/forward`,
            { to: "warehouse@shop.test", body_text: "Is this heel covered?", attachment_ids: [photo.id] },
            [{ name: "warranty.pdf", content: binary(4000, 5), type: "application/pdf" }]
          )
          expect(res.status).toBe(200)
          const [mail] = await sink.waitFor(1)
          expect(mail.envelope.to).toEqual(["warehouse@shop.test"])
          expect(mail.parsed.attachments.map((a) => a.filename).sort()).toEqual(["heel.jpg", "warranty.pdf"])
          const heel = mail.parsed.attachments.find((a) => a.filename === "heel.jpg")!
          expect(Buffer.compare(heel.content, binary(2048, 7))).toBe(0)
        })
      })
    },
  })
})
