import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { as, Agent, createAdminUser } from "../helpers/admin"

jest.setTimeout(180_000)

const KINDS = [
  "signature", "reply_link", "receipt", "confirmation", "notify_new_ticket",
  "notify_assigned", "notify_customer_replied", "notify_watched", "auto_close", "email_link",
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let admin: Agent
    let mailbox: { id: string }

    beforeEach(async () => {
      const created = await createAdminUser(getContainer())
      admin = { id: created.user.id, headers: created.headers }
      const res = await as(api, admin).post("/admin/helpdesk/mailboxes", {
        name: "Support",
        address: "support@shop.test",
        language: "ru",
        imap_host: "127.0.0.1",
        imap_user: "support",
      })
      expect(res.status).toBe(201)
      mailbox = res.data.mailbox
    })

    const url = (path = "") => `/admin/helpdesk/mailboxes/${mailbox.id}/templates${path}`
    const kindOf = async (kind: string) =>
      (await as(api, admin).get(url())).data.templates.find((t: { kind: string }) => t.kind === kind)

    describe("GET /admin/helpdesk/mailboxes/:id/templates", () => {
      it("lists every kind with what it sends in each language, not overridden, and the variables it may use", async () => {
        const res = await as(api, admin).get(url())
        expect(res.status).toBe(200)
        expect(res.data.templates.map((t: { kind: string }) => t.kind)).toEqual(KINDS)
        const receipt = res.data.templates.find((t: { kind: string }) => t.kind === "receipt")
        expect(receipt).toMatchObject({
          has_subject: true,
          variables: expect.arrayContaining(["TICKET_NUMBER", "REQUEST_LIST_URL", "STORE_NAME"]),
          languages: {
            en: { subject: expect.stringMatching(/received/), overridden: false },
            ru: { subject: expect.stringMatching(/обращение/), overridden: false },
          },
        })
        expect(res.data.templates.find((t: { kind: string }) => t.kind === "signature")).toMatchObject({
          has_subject: false,
          languages: { en: { subject: "" } },
        })
        expect(res.data.templates.find((t: { kind: string }) => t.kind === "signature").variables).not.toContain("MESSAGE")
      })

      it("answers 404 for a mailbox that does not exist", async () => {
        const res = await as(api, admin).get("/admin/helpdesk/mailboxes/mbox_missing/templates")
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/Mailbox mbox_missing was not found/)
      })
    })

    describe("POST /admin/helpdesk/mailboxes/:id/templates/:kind/preview", () => {
      it("renders the template the mailbox sends, in its language, with sample values", async () => {
        const res = await as(api, admin).post(url("/receipt/preview"))
        expect(res.status).toBe(200)
        expect(res.data.subject).toBe("Ваше обращение принято: Where is my order #1042?")
        expect(res.data.text).toContain("https://shop.example.com/account/requests")
        expect(res.data.html).toContain('<a href="https://shop.example.com/account/requests">')
      })

      it("renders a draft, with its values escaped in the HTML", async () => {
        const res = await as(api, admin).post(url("/notify_new_ticket/preview"), {
          language: "en",
          body: "<b>{{CUSTOMER_NAME}}</b> wrote:\n\n{{MESSAGE}}",
        })
        expect(res.status).toBe(200)
        expect(res.data.subject).toBe("New ticket #482913: Where is my order #1042?")
        expect(res.data.text).toMatch(/^<b>James Carter<\/b> wrote:\n\nHello James,/)
        expect(res.data.html).toMatch(/^<p>&lt;b&gt;James Carter&lt;\/b&gt; wrote:<\/p>/)
      })

      it("refuses a draft with a variable its kind cannot fill, naming it and the kind", async () => {
        const res = await as(api, admin).post(url("/signature/preview"), { body: "--\n{{MESSAGE}}" })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/signature.*\{\{MESSAGE\}\}/)
      })

      it("answers 404 for a kind that does not exist", async () => {
        const res = await as(api, admin).post(url("/newsletter/preview"))
        expect(res.status).toBe(404)
        expect(res.data.message).toBe('There is no mail template kind "newsletter".')
      })
    })

    describe("POST and DELETE /admin/helpdesk/mailboxes/:id/templates/:kind", () => {
      it("saves an override that the preview then shows, and a reset brings the default back", async () => {
        const defaultRu = (await kindOf("auto_close")).languages.ru
        const saved = await as(api, admin).post(url("/auto_close"), {
          language: "ru",
          subject: "Закрыли №{{TICKET_NUMBER}}",
          body: "Обращение №{{TICKET_NUMBER}} закрыто. {{STORE_NAME}}",
        })
        expect(saved.status).toBe(200)
        expect(saved.data.template.languages.ru).toEqual({
          subject: "Закрыли №{{TICKET_NUMBER}}",
          body: "Обращение №{{TICKET_NUMBER}} закрыто. {{STORE_NAME}}",
          overridden: true,
        })
        expect(saved.data.template.languages.en.overridden).toBe(false)

        const preview = await as(api, admin).post(url("/auto_close/preview"), { language: "ru" })
        expect(preview.data).toMatchObject({ subject: "Закрыли №482913", text: "Обращение №482913 закрыто. Example Store" })

        const reset = await as(api, admin).delete(url("/auto_close"))
        expect(reset.status).toBe(200)
        expect(reset.data.template.languages.ru).toEqual(defaultRu)
        expect((await as(api, admin).post(url("/auto_close/preview"), { language: "ru" })).data.subject).toBe(
          "Ваше обращение закрыто: Where is my order #1042?"
        )
      })

      it("resets only the language asked for", async () => {
        await as(api, admin).post(url("/receipt"), { language: "en", body: "EN {{TICKET_NUMBER}}" })
        await as(api, admin).post(url("/receipt"), { language: "ru", body: "RU {{TICKET_NUMBER}}" })
        const reset = await as(api, admin).delete(url("/receipt?language=en"))
        expect(reset.data.template.languages.en.overridden).toBe(false)
        expect(reset.data.template.languages.ru).toMatchObject({ body: "RU {{TICKET_NUMBER}}", overridden: true })
      })

      it("drops one part of an override when it is set to null", async () => {
        await as(api, admin).post(url("/receipt"), { language: "en", subject: "Got #{{TICKET_NUMBER}}", body: "Body {{TICKET_NUMBER}}" })
        const res = await as(api, admin).post(url("/receipt"), { language: "en", subject: null })
        expect(res.data.template.languages.en).toMatchObject({ subject: "We have received your request: {{TICKET_SUBJECT}}", body: "Body {{TICKET_NUMBER}}" })
      })

      it("resetting one language of a legacy column keeps the other languages sending it", async () => {
        await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { signature: "-- {{MY_NAME}}, {{STORE_NAME}}" })
        expect((await kindOf("signature")).languages.en).toMatchObject({ body: "-- {{MY_NAME}}, {{STORE_NAME}}", overridden: true })
        const reset = await as(api, admin).delete(url("/signature?language=en"))
        expect(reset.data.template.languages.en).toMatchObject({ body: "--\n{{MY_NAME}}\n{{STORE_NAME}}", overridden: false })
        expect(reset.data.template.languages.ru).toMatchObject({ body: "-- {{MY_NAME}}, {{STORE_NAME}}", overridden: true })
        const stored = (await as(api, admin).get(`/admin/helpdesk/mailboxes/${mailbox.id}`)).data.mailbox
        expect(stored).toMatchObject({ signature: null, templates: { signature: { ru: { body: "-- {{MY_NAME}}, {{STORE_NAME}}" } } } })
      })

      it("refuses an unknown variable with 400 naming it and the kind, and stores nothing", async () => {
        const res = await as(api, admin).post(url("/receipt"), { language: "en", body: "Hi {{CUSTOMER_NAM}}" })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/receipt.*\{\{CUSTOMER_NAM\}\}/)
        expect((await kindOf("receipt")).languages.en.overridden).toBe(false)
      })

      it("refuses a subject for a kind that has none, and a save with nothing in it", async () => {
        const subject = await as(api, admin).post(url("/signature"), { language: "en", subject: "Hi" })
        expect(subject.status).toBe(400)
        expect(subject.data.message).toMatch(/signature template has no subject/)
        const empty = await as(api, admin).post(url("/signature"), { language: "en" })
        expect(empty.status).toBe(400)
        expect(empty.data.message).toMatch(/Give a subject, a body or both/)
      })

      it("answers 404 for an unknown kind or mailbox", async () => {
        expect((await as(api, admin).post(url("/newsletter"), { language: "en", body: "x" })).status).toBe(404)
        expect((await as(api, admin).delete(url("/newsletter"))).status).toBe(404)
        expect((await as(api, admin).delete("/admin/helpdesk/mailboxes/mbox_missing/templates/receipt")).status).toBe(404)
      })
    })

    describe("POST /admin/helpdesk/mailboxes/:id with templates", () => {
      it("saves overrides with the mailbox, and checks their variables per kind", async () => {
        const bad = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, {
          templates: { confirmation: { en: { body: "Confirm: {{REQUEST_CONFIRM_URL}} {{MESSAGE}}" } } },
        })
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/confirmation.*\{\{MESSAGE\}\} cannot be used/)

        const ok = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, {
          templates: { confirmation: { en: { body: "Confirm: {{REQUEST_CONFIRM_URL}}" } } },
        })
        expect(ok.status).toBe(200)
        expect(ok.data.mailbox.templates).toEqual({ confirmation: { en: { body: "Confirm: {{REQUEST_CONFIRM_URL}}" } } })
        expect((await kindOf("confirmation")).languages.en).toMatchObject({ body: "Confirm: {{REQUEST_CONFIRM_URL}}", overridden: true })
      })

      it("merges the overrides it is given into the stored ones, and null clears them", async () => {
        await as(api, admin).post(url("/receipt"), { language: "ru", body: "RU {{TICKET_NUMBER}}" })
        const merged = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, {
          templates: { receipt: { en: { body: "EN {{TICKET_NUMBER}}" } } },
        })
        expect(merged.data.mailbox.templates).toEqual({ receipt: { en: { body: "EN {{TICKET_NUMBER}}" }, ru: { body: "RU {{TICKET_NUMBER}}" } } })
        const cleared = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { templates: null })
        expect(cleared.data.mailbox.templates).toBeNull()
      })

      it("refuses a legacy column with a variable its kind cannot fill", async () => {
        const res = await as(api, admin).post(`/admin/helpdesk/mailboxes/${mailbox.id}`, { signature: "-- {{REQUEST_CONFIRM_URL}}" })
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/^signature: .*\{\{REQUEST_CONFIRM_URL\}\} cannot be used in a signature/)
      })
    })
  },
})
