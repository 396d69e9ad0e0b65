import { createHash } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Agent, as as asAgent, createAdminUser, createTwoAgents } from "../helpers/admin"

jest.setTimeout(300_000)

const IMAP_PASSWORD = "imap-secret-4711"
const NEW_IMAP_PASSWORD = "imap-secret-0815"
const SMTP_PASSWORD = "smtp-secret-2342"

/** SPEC §5 "Audit": changes to mailboxes, forms, departments and settings are logged — who, when, what, never secrets. */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let ada: Agent
    let ben: Agent
    let cy: Agent
    let mailboxId: string
    let formId: string
    let departmentId: string
    let startedAt: Date

    const as = (agent: Agent) => asAgent(api, agent)
    const ok = async (call: Promise<any>) => {
      const res = await call
      expect([200, 201]).toContain(res.status)
      return res.data
    }
    const log = async (query = "") => {
      const res = await as(ada).get(`/admin/helpdesk/audit-log${query}`)
      expect(res.status).toBe(200)
      return res.data
    }

    // Ada, the supervisor, changes one of everything through the admin routes.
    beforeEach(async () => {
      ;({ ada, ben } = await createTwoAgents(getContainer()))
      startedAt = new Date()
      await ok(as(ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id] }))
      mailboxId = (
        await ok(
          as(ada).post("/admin/helpdesk/mailboxes", {
            name: "Support",
            address: "support@shop.test",
            imap_host: "127.0.0.1",
            imap_user: "support",
            imap_password: IMAP_PASSWORD,
            smtp_host: "127.0.0.1",
            smtp_port: 2525,
            smtp_user: "support",
            smtp_password: SMTP_PASSWORD,
          })
        )
      ).mailbox.id
      await ok(as(ada).post(`/admin/helpdesk/mailboxes/${mailboxId}`, { name: "Support desk", imap_password: NEW_IMAP_PASSWORD }))
      await ok(as(ada).post(`/admin/helpdesk/mailboxes/${mailboxId}/templates/auto_close`, { language: "en", subject: "Closed #{{TICKET_NUMBER}}" }))
      formId = (await ok(as(ada).post("/admin/helpdesk/forms", { name: "Returns form" }))).form.id
      await ok(as(ada).post(`/admin/helpdesk/forms/${formId}`, { title: "Send it back" }))
      departmentId = (await ok(as(ada).post("/admin/helpdesk/departments", { name: "Returns" }))).department.id
      await ok(as(ada).post(`/admin/helpdesk/departments/${departmentId}`, { description: "Parcels coming back" }))
      await ok(as(ada).post(`/admin/helpdesk/departments/${departmentId}/members`, { add: [ben.id] }))
      const billing = (await ok(as(ada).post("/admin/helpdesk/departments", { name: "Billing" }))).department.id
      await ok(as(ada).delete(`/admin/helpdesk/departments/${billing}`))
      const oldForm = (await ok(as(ada).post("/admin/helpdesk/forms", { name: "Old form" }))).form.id
      await ok(as(ada).delete(`/admin/helpdesk/forms/${oldForm}`))
      // Ben becomes a supervisor too and writes a canned reply; Cy stays an agent.
      await ok(as(ada).post("/admin/helpdesk/settings", { supervisor_user_ids: [ada.id, ben.id] }))
      await ok(as(ben).post("/admin/helpdesk/canned-replies", { title: "Thanks", body: "Thank you for writing." }))
      const c = await createAdminUser(getContainer(), "cy@example.com")
      cy = { id: c.user.id, headers: c.headers }
    })

    describe("GET /admin/helpdesk/audit-log", () => {
      it("lists every change newest first with who, when and what changed", async () => {
        const { audit_entries: entries, next_cursor } = await log("?limit=100")
        expect(next_cursor).toBeNull()
        const lines = entries.map((e: any) => `${e.object_type} ${e.action} ${e.object_name}`)
        expect(lines).toEqual([
          "canned_reply created Thanks",
          "settings updated Helpdesk settings",
          "form deleted Old form",
          "form created Old form",
          "department deleted Billing",
          "department created Billing",
          "department_member updated Returns",
          "department updated Returns",
          "department created Returns",
          "form updated Returns form",
          "form created Returns form",
          "mail_template updated Support desk",
          "mailbox updated Support desk",
          "mailbox created Support",
          "settings updated Helpdesk settings",
        ])
        expect(entries[0].actor).toEqual({ id: ben.id, email: "ben@example.com", first_name: "Ben", last_name: "Agent" })
        for (const entry of entries.slice(1)) {
          expect(entry.actor).toEqual({ id: ada.id, email: "ada@example.com", first_name: "Ada", last_name: "Agent" })
          expect(new Date(entry.created_at).getTime()).toBeGreaterThanOrEqual(startedAt.getTime() - 1000)
        }
        const find = (type: string, action: string) => [...entries].reverse().find((e: any) => e.object_type === type && e.action === action)
        expect(find("settings", "updated").changes).toEqual({ supervisor_user_ids: { old: [], new: [ada.id] } })
        expect(find("mailbox", "updated")).toMatchObject({
          object_id: mailboxId,
          changes: { name: { old: "Support", new: "Support desk" }, imap_password_encrypted: "changed" },
        })
        expect(find("mailbox", "created").changes).toMatchObject({
          address: { old: null, new: "support@shop.test" },
          imap_password_encrypted: "changed",
          smtp_password_encrypted: "changed",
        })
        expect(find("mail_template", "updated").changes.templates.new.auto_close.en).toEqual({ subject: "Closed #{{TICKET_NUMBER}}" })
        expect(find("form", "updated")).toMatchObject({ object_id: formId, changes: { title: { old: "Returns form", new: "Send it back" } } })
        expect(find("department", "updated").changes).toEqual({ description: { old: null, new: "Parcels coming back" } })
        expect(find("department_member", "updated")).toMatchObject({
          object_id: departmentId,
          changes: { user_ids: { old: [], new: [ben.id] } },
        })
        expect(find("department", "deleted").changes).toMatchObject({ name: { old: "Billing", new: null } })
        expect(entries[1].changes).toEqual({ supervisor_user_ids: { old: [ada.id], new: [ada.id, ben.id] } })
        expect(entries[0].changes).toMatchObject({ title: { old: null, new: "Thanks" }, body: { old: null, new: "Thank you for writing." } })
      })

      it("never shows a password, its ciphertext or a digest of it", async () => {
        const body = JSON.stringify(await log("?limit=100"))
        for (const secret of [IMAP_PASSWORD, NEW_IMAP_PASSWORD, SMTP_PASSWORD]) {
          expect(body).not.toContain(secret)
        }
        const [mailbox] = await getContainer().resolve("helpdesk").listMailboxes({ id: mailboxId })
        expect(body).not.toContain(mailbox.imap_password_encrypted)
        // The workflow compares secrets by a digest; it stays out of the log too.
        expect(body).not.toContain(createHash("sha256").update(mailbox.imap_password_encrypted).digest("hex").slice(0, 16))
        expect(body).not.toMatch(/"imap_password_encrypted":\{/)
      })

      it("answers 403 to an agent who is not a supervisor", async () => {
        const res = await as(cy).get("/admin/helpdesk/audit-log")
        expect(res.status).toBe(403)
        expect(res.data.message).toMatch(/supervisors/)
      })

      it("pages by next_cursor through the same entries, none twice, none lost", async () => {
        const all = (await log("?limit=100")).audit_entries.map((e: any) => e.id)
        const seen: string[] = []
        let cursor: string | null = null
        do {
          const page: any = await log(`?limit=3${cursor ? `&cursor=${cursor}` : ""}`)
          expect(page.audit_entries.length).toBeLessThanOrEqual(3)
          seen.push(...page.audit_entries.map((e: any) => e.id))
          cursor = page.next_cursor
        } while (cursor)
        expect(seen).toEqual(all)
      })

      it("filters by object kind, object, actor and dates", async () => {
        const kinds = (q: string) => log(q).then((d) => d.audit_entries.map((e: any) => `${e.object_type} ${e.action}`))
        expect(await kinds("?object_type=mailbox")).toEqual(["mailbox updated", "mailbox created"])
        expect(await kinds("?object_type[]=form&object_type[]=settings")).toEqual([
          "settings updated",
          "form deleted",
          "form created",
          "form updated",
          "form created",
          "settings updated",
        ])
        expect(await kinds(`?object_id=${formId}`)).toEqual(["form updated", "form created"])
        expect(await kinds(`?actor_id=${ben.id}`)).toEqual(["canned_reply created"])
        expect(await kinds(`?actor_id=${cy.id}`)).toEqual([])
        expect((await kinds(`?actor_id=${ada.id}`)).length).toBe(14)
        const future = new Date(Date.now() + 60_000).toISOString()
        expect(await kinds(`?created_after=${future}`)).toEqual([])
        expect((await kinds(`?created_before=${future}&created_after=${startedAt.toISOString()}`)).length).toBe(15)
        expect(await kinds(`?created_before=${startedAt.toISOString()}`)).toEqual([])
      })

      it.each([
        ["an unknown object kind", "?object_type=ticket"],
        ["a date that is not one", "?created_after=yesterday-ish"],
        ["a limit over 100", "?limit=500"],
        ["a parameter it does not know", "?secret=1"],
        ["a cursor it did not give out", "?cursor=bm9wZQ"],
      ])("answers 400 to %s", async (_what, query) => {
        const res = await as(ada).get(`/admin/helpdesk/audit-log${query}`)
        expect(res.status).toBe(400)
        expect(res.data.message).toBeTruthy()
      })
    })
  },
})
