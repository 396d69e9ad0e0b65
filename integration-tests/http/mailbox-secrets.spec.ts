import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent, createAdminUser } from "../helpers/admin"
import { FakeImapServer, startFakeImap } from "../helpers/fake-imap"

jest.setTimeout(180_000)

const REAL_PASSWORD = "the-real-imap-password"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Agent
    let real: FakeImapServer
    let other: FakeImapServer

    beforeEach(async () => {
      const created = await createAdminUser(getContainer())
      admin = { id: created.user.id, headers: created.headers }
      ;[real, other] = await Promise.all([startFakeImap(), startFakeImap()])
    })
    afterEach(async () => {
      await Promise.all([real?.stop(), other?.stop()])
    })

    const createMailbox = async () => {
      const res = await as(api, admin).post("/admin/helpdesk/mailboxes", {
        name: "Support",
        address: "support@shop.test",
        imap_host: "127.0.0.1",
        imap_port: real.port,
        imap_secure: false,
        imap_user: "support",
        imap_password: REAL_PASSWORD,
        smtp_host: "127.0.0.1",
        smtp_port: 2525,
        smtp_user: "support",
        smtp_password: "the-real-smtp-password",
      })
      expect(res.status).toBe(201)
      return res.data.mailbox
    }
    const testConnection = (id: string) => as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/test-connection`)
    const collect = (id: string) => as(api, admin).post(`/admin/helpdesk/mailboxes/${id}/collect`)

    describe("POST /admin/helpdesk/mailboxes/:id with other server settings", () => {
      it("sends the stored password to the server it was saved for", async () => {
        const mailbox = await createMailbox()
        await testConnection(mailbox.id)
        expect(real.received()).toContain(REAL_PASSWORD)
      })

      it("clears the IMAP password when only the port changes, says so, and never sends it to the new server", async () => {
        const mailbox = await createMailbox()
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { imap_port: other.port })
        expect(res.status).toBe(200)
        expect(res.data.mailbox).toMatchObject({ imap_port: other.port, imap_password_set: false, smtp_password_set: true })
        expect(res.data.passwords_cleared).toEqual(["imap"])
        expect(res.data.message).toMatch(/IMAP password was cleared .* enter it again/)

        const check = (await testConnection(mailbox.id)).data
        expect(check.imap).toMatchObject({ ok: false, problem: { stage: "auth" } })
        expect(check.imap.problem.message).toMatch(/No IMAP password is stored/)
        expect((await collect(mailbox.id)).status).toBe(200)
        expect(other.connections()).toBeGreaterThan(0)
        expect(other.received()).not.toContain(REAL_PASSWORD)
      })

      it.each([
        ["host", { imap_host: "localhost" }],
        ["user", { imap_user: "someone-else" }],
        ["TLS", { imap_secure: true }],
      ])("clears the IMAP password when the %s changes", async (_what, change) => {
        const mailbox = await createMailbox()
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, change)
        expect(res.data).toMatchObject({ mailbox: { imap_password_set: false }, passwords_cleared: ["imap"] })
      })

      it("clears only the SMTP password when the SMTP server changes", async () => {
        const mailbox = await createMailbox()
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { smtp_host: "smtp.elsewhere.test" })
        expect(res.data).toMatchObject({ mailbox: { imap_password_set: true, smtp_password_set: false }, passwords_cleared: ["smtp"] })
        expect(res.data.message).toMatch(/SMTP password was cleared/)
      })

      it("keeps the password when the settings are sent unchanged or other fields change", async () => {
        const mailbox = await createMailbox()
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, {
          name: "Returns", imap_host: "127.0.0.1", imap_port: real.port, imap_user: "support", imap_secure: false,
        })
        expect(res.data).toMatchObject({ mailbox: { name: "Returns", imap_password_set: true }, passwords_cleared: [] })
        expect(res.data.message).toBeUndefined()
        await testConnection(mailbox.id)
        expect(real.received()).toContain(REAL_PASSWORD)
      })

      it("uses a new password given with the new server, and only there", async () => {
        const mailbox = await createMailbox()
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { imap_port: other.port, imap_password: "the-new-password" })
        expect(res.data).toMatchObject({ mailbox: { imap_password_set: true }, passwords_cleared: [] })
        await testConnection(mailbox.id)
        expect(other.received()).toContain("the-new-password")
        expect(other.received()).not.toContain(REAL_PASSWORD)
      })

      it("cannot decrypt a stored password whose server was changed behind the helpdesk's back", async () => {
        const mailbox = await createMailbox()
        const helpdesk: HelpdeskModuleService = getContainer().resolve(HELPDESK_MODULE)
        await helpdesk.updateMailboxes({ id: mailbox.id, imap_port: other.port })
        const check = (await testConnection(mailbox.id)).data
        expect(check.imap).toMatchObject({ ok: false, problem: { stage: "auth", message: expect.stringMatching(/Enter the password again/) } })
        await collect(mailbox.id)
        expect(other.received()).not.toContain(REAL_PASSWORD)
        const health = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}`)).data.mailbox
        expect(health.last_error).toMatch(/Enter the password again/)
      })
    })
  },
})
