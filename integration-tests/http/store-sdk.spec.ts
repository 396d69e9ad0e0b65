import Medusa from "@medusajs/js-sdk"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { helpdeskStore } from "../../src/store"
import { createPublishableKey } from "../helpers/customer"
import { useHelpdeskOptions } from "../helpers/helpdesk-options"

jest.setTimeout(300_000)

/** A storefront's js-sdk instance: publishable key, customer token kept in memory. */
const storefront = (baseUrl: string, publishableKey: string) =>
  new Medusa({ baseUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "memory" } })

// A script fills the form at once; the minimum fill time is tested in forms.spec.ts.
useHelpdeskOptions({ formMinFillSeconds: 0 })

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    it("a storefront registers a customer and works \"My requests\" through @medusajs/js-sdk and medusa-helpdesk/store", async () => {
      const sdk = storefront(api.defaults.baseURL, await createPublishableKey(getContainer()))

      // Register and sign in as Medusa's storefront starter does.
      const registration = await sdk.auth.register("customer", "emailpass", { email: "pia@example.org", password: "pia-secret-1" })
      await sdk.client.setToken(registration as string)
      await sdk.store.customer.create({ email: "pia@example.org", first_name: "Pia", last_name: "Lund" })
      await sdk.auth.login("customer", "emailpass", { email: "pia@example.org", password: "pia-secret-1" })

      const helpdesk = helpdeskStore(sdk)
      const created = await helpdesk.createTicket({ subject: "Zip broke", body_text: "The zip of my bag broke." }, [
        new File(["a photo"], "zip.jpg", { type: "image/jpeg" }),
      ])
      const id = created.ticket.id
      expect(created.ticket).toMatchObject({ subject: "Zip broke", status: "awaiting_support" })
      expect(created.ticket.messages[0].attachments).toMatchObject([{ filename: "zip.jpg", size: 7 }])

      const stored: HelpdeskModuleService = getContainer().resolve(HELPDESK_MODULE)
      expect((await stored.listTickets({ id }))[0]).toMatchObject({ channel: "cabinet", contact_email: "pia@example.org", contact_name: "Pia Lund" })

      const replied = await helpdesk.addMessage(id, { body_text: "It is the small pocket." })
      expect(replied.ticket.messages.map((m) => m.body_text)).toEqual(["The zip of my bag broke.", "It is the small pocket."])
      expect((await helpdesk.listTickets()).tickets.map((t) => t.id)).toEqual([id])

      // Waiting for support: archiving is refused in words the customer understands.
      await expect(helpdesk.archive(id)).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/still waiting for an answer/) })
      await helpdesk.cancel(id)
      expect((await helpdesk.archive(id)).ticket).toMatchObject({ status: "archived", archived: true })
      expect((await helpdesk.listTickets()).tickets).toEqual([])
      expect((await helpdesk.listTickets({ view: "archived" })).tickets.map((t) => t.subject)).toEqual(["Zip broke"])

      // Signed out, nothing.
      const token = await sdk.client.getToken()
      await sdk.auth.logout()
      await expect(helpdesk.listTickets()).rejects.toMatchObject({ status: 401 })

      // A storefront that passes the customer's token per request, as the Next.js starter does.
      const perRequest = helpdeskStore(sdk, async () => ({ authorization: `Bearer ${token}` }))
      expect((await perRequest.listTickets({ view: "all" })).tickets.map((t) => t.id)).toEqual([id])
    })
  
    it("a shopper who is not signed in sends a web form with a file through medusa-helpdesk/store", async () => {
      const sdk = storefront(api.defaults.baseURL, await createPublishableKey(getContainer()))
      const stored: HelpdeskModuleService = getContainer().resolve(HELPDESK_MODULE)
      const [created] = await stored.createForms([
        {
          name: "Returns",
          title: "Return a product",
          altcha_enabled: false,
          fields: [
            { key: "email", type: "email", label: { en: "Email" }, required: true },
            { key: "message", type: "textarea", label: { en: "What happened?" }, required: true },
            { key: "order_number", type: "text", label: { en: "Order number" }, required: true },
            { key: "photo", type: "file", label: { en: "Photo" }, required: false },
          ],
        },
      ] as any)
      const helpdesk = helpdeskStore(sdk)
      const schema = await helpdesk.retrieveForm(created.id)
      expect(schema.form.fields.map((f) => f.label)).toEqual(["Email", "What happened?", "Order number", "Photo"])

      const refused = helpdesk.submitForm(created.id, { values: { email: "ivo@example.org", message: "Torn" }, start_token: schema.bot_check.start_token })
      await expect(refused).rejects.toMatchObject({ status: 400, message: expect.stringContaining("order_number") })

      const sent = await helpdesk.submitForm(
        created.id,
        { values: { email: "ivo@example.org", message: "Torn at the seam.", order_number: "1042" }, start_token: schema.bot_check.start_token },
        [new File(["a photo"], "seam.jpg", { type: "image/jpeg" })]
      )
      const [ticket] = await stored.listTickets({ number: sent.ticket.number }, { relations: ["messages", "messages.attachments"] })
      expect(ticket).toMatchObject({ channel: "form", subject: "Return a product", custom_fields: { order_number: "1042" } })
      expect(ticket.messages[0].attachments.map((a: any) => a.filename)).toEqual(["seam.jpg"])
    })
  },
})
