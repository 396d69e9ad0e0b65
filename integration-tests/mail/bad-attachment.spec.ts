import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent } from "../helpers/admin"
import { compose } from "./helpers/compose"
import { newMailbox } from "./helpers/mailbox"
import { describeWithDovecot, mailTestAgent } from "./helpers/suite"

jest.setTimeout(180_000)

/**
 * An ordinary Russian document name, 120 characters: over 220 bytes in UTF-8,
 * so with the local provider's prefix over the 255-byte name limit of most
 * file systems.
 */
const LONG_NAME =
  "Акт сверки взаимных расчётов между ООО «Ромашка» и ИП Иванов Иван Иванович за первый квартал две тысячи двадцать шестого года"
    .slice(0, 120) + ".pdf"

describeWithDovecot("a mail whose files cannot be stored (Dovecot)", (dovecot) => {
  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let admin: Agent
      let helpdesk: HelpdeskModuleService

      beforeEach(async () => {
        ;({ admin, helpdesk } = await mailTestAgent(getContainer()))
      })
      afterEach(() => jest.restoreAllMocks())

      const collect = async (id: string) => (await as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/collect`)).data.collection
      const ticketsOf = (mailboxId: string) =>
        helpdesk.listTickets({ mailbox_id: mailboxId }, { relations: ["messages", "messages.attachments"], order: { created_at: "ASC" } })
      const mailLog = async (mailboxId: string, status: string) =>
        (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailboxId}/inbound-mails?status=${status}`)).data.inbound_mails
      const withAttachment = (address: string, subject: string, filename: string) =>
        compose({
          from: "olga@example.ru",
          to: address,
          subject,
          text: "Документ во вложении.",
          attachments: [{ filename, content: Buffer.from("%PDF-1.4\n% test\n"), contentType: "application/pdf" }],
        })

      it("imports a mail whose attachment has a 120-letter Cyrillic name, shows the whole name, and the mail after it", async () => {
        expect(Buffer.byteLength(LONG_NAME)).toBeGreaterThan(224)
        const { mailbox, address, deliver } = await newMailbox(api, admin, dovecot())
        await deliver(
          await withAttachment(address, "Акт сверки", LONG_NAME),
          await compose({ from: "next@example.org", to: address, subject: "The mail after it", text: "Hello." })
        )
        expect(await collect(mailbox.id)).toMatchObject({ fetched: 2, imported: 2, failed: 0, error: null })

        const tickets = await ticketsOf(mailbox.id)
        expect(tickets.map((t) => t.subject)).toEqual(["Акт сверки", "The mail after it"])
        expect(tickets[0].messages[0].attachments.map((a) => a.filename)).toEqual([LONG_NAME])

        // A second run finds nothing new and imports nothing twice.
        expect(await collect(mailbox.id)).toMatchObject({ fetched: 0, imported: 0, error: null })
        expect(await ticketsOf(mailbox.id)).toHaveLength(2)
      })

      it("records a mail whose attachment the File module refuses as unprocessable, without server paths, and stores the rest of the chunk", async () => {
        const files = getContainer().resolve(Modules.FILE)
        // What the local provider's file system says about a name it cannot write.
        const refuse = (name: string | undefined) => {
          if (name?.includes("refused-by-store")) {
            throw Object.assign(new Error(`ENAMETOOLONG: name too long, open '/srv/shop/static/private-1764820000000-${name}'`), {
              code: "ENAMETOOLONG",
              path: `/srv/shop/static/${name}`,
            })
          }
        }
        const upload = files.getUploadStream.bind(files)
        const create = files.createFiles.bind(files)
        jest.spyOn(files, "getUploadStream").mockImplementation(async (data: any) => (refuse(data.filename), upload(data)))
        jest.spyOn(files, "createFiles").mockImplementation(async (data: any) => {
          for (const file of [data].flat()) refuse(file.filename)
          return create(data)
        })

        const { mailbox, address, deliver } = await newMailbox(api, admin, dovecot())
        await deliver(
          await compose({ from: "first@example.org", to: address, subject: "Before it", text: "One." }),
          await withAttachment(address, "The refused one", "refused-by-store.pdf"),
          await compose({ from: "last@example.org", to: address, subject: "After it", text: "Three." })
        )
        expect(await collect(mailbox.id)).toMatchObject({ fetched: 3, imported: 2, failed: 1, error: null })
        expect((await ticketsOf(mailbox.id)).map((t) => t.subject)).toEqual(["Before it", "After it"])

        const [failed] = await mailLog(mailbox.id, "failed")
        expect(failed.subject).toBe("The refused one")
        expect(failed.reason).toMatch(/ENAMETOOLONG/)
        expect(failed.reason).not.toMatch(/\/srv|static\//)
        const health = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}`)).data.mailbox
        expect(health.last_error).toBeNull()
        // Its raw source is kept, so it can be read and retried.
        const raw = await as(api, admin).get(`/admin/helpdesk/inbound-mails/${failed.id}/raw`)
        expect(String(raw.data)).toContain("Subject: The refused one")

        // The checkpoint moved past it: the next run fetches nothing.
        expect(await collect(mailbox.id)).toMatchObject({ fetched: 0, error: null })

        // A retry while the store still refuses keeps it unprocessable, with the reason.
        const again = await as(api, admin).post(`/admin/helpdesk/inbound-mails/${failed.id}/retry`)
        expect(again.status).toBe(200)
        expect(again.data.inbound_mail).toMatchObject({ status: "failed", attempts: 1 })
        expect(again.data.inbound_mail.reason).not.toMatch(/\/srv/)

        jest.restoreAllMocks()
        const retried = await as(api, admin).post(`/admin/helpdesk/inbound-mails/${failed.id}/retry`)
        expect(retried.data.inbound_mail).toMatchObject({ status: "imported" })
        const tickets = await ticketsOf(mailbox.id)
        expect(tickets.map((t) => t.subject).sort()).toEqual(["After it", "Before it", "The refused one"])
        const refused = tickets.find((t) => t.subject === "The refused one")!
        expect(refused.messages[0].attachments.map((a) => a.filename)).toEqual(["refused-by-store.pdf"])
      })
    },
  })
})
