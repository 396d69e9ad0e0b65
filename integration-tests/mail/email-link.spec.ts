import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { as, Agent, createAdminUser } from "../helpers/admin"
import { createPublishableKey, createShopper, Shopper } from "../helpers/customer"
import { useHelpdeskOptions } from "../helpers/helpdesk-options"
import { sinkSmtp, useSmtpSink } from "./helpers/smtp-sink"

jest.setTimeout(240_000)

const STOREFRONT = "https://shop.example.com/account/requests"
useHelpdeskOptions({ storefrontRequestsUrl: STOREFRONT })

/**
 * "Link my requests" (SPEC §6 "Email ownership"): a signed-in customer asks
 * for a link to an address; it is mailed there through the outbox, and only
 * someone who reads that mail can bring the address's requests into their
 * account.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const sink = useSmtpSink()
    let helpdesk: HelpdeskModuleService
    let admin: Agent
    let key: string

    beforeEach(async () => {
      helpdesk = getContainer().resolve(HELPDESK_MODULE)
      const created = await createAdminUser(getContainer(), `admin-${Date.now()}@shop.test`)
      admin = { id: created.user.id, headers: created.headers }
      key = await createPublishableKey(getContainer())
    })

    const withMailbox = async () => {
      const res = await as(api, admin).post("/admin/helpdesk/mailboxes", {
        name: "Shop Support", address: "support@shop.test", imap_host: "127.0.0.1", imap_port: 1, imap_secure: false, imap_user: "support", enabled: true, ...sinkSmtp(sink),
      })
      expect(res.status).toBe(201)
      expect((await as(api, admin).post("/admin/helpdesk/settings", { default_mailbox_id: res.data.mailbox.id })).status).toBe(200)
    }
    const post = (path: string, body: unknown, who: Shopper) => api.post(path, body, { headers: who.headers }).catch((e: any) => e.response)
    const myTickets = async (who: Shopper) => (await api.get("/store/helpdesk/tickets", { headers: who.headers })).data.tickets.map((t: any) => t.subject)
    const tokenIn = (text: string) => new URL(/https:\/\/shop\.example\.com\/\S+/.exec(text)![0]).searchParams.get("helpdesk_token")!

    it("mails the link to the address only; whoever reads it brings the address's requests into their account, nobody else", async () => {
      await withMailbox()
      await helpdesk.createNumberedTickets([{ subject: "Sent by form", channel: "form", contact_email: "ann@example.org" }])
      // Bob registered with Ann's address: Medusa does not check it, so he sees nothing of hers.
      const bob = await createShopper(getContainer(), "ann@example.org", key)
      const ann = await createShopper(getContainer(), `ann-work-${Date.now()}@example.org`, key)
      expect(await myTickets(bob)).toEqual([])

      const asked = await post("/store/helpdesk/email-links", { email: "Ann@Example.org" }, bob)
      expect(asked.status).toBe(202)
      expect(JSON.stringify(asked.data)).not.toContain("token")
      const [mail] = await sink.waitFor(1)
      expect(mail.envelope.to).toEqual(["ann@example.org"])
      expect(mail.parsed.headers.get("auto-submitted")).toBe("auto-generated")
      expect(mail.parsed.text).toContain(`${STOREFRONT}?helpdesk_token=`)
      expect(await myTickets(bob)).toEqual([])

      // Ann reads her mail and opens the link while signed in to her account.
      const proof = await post("/store/helpdesk/email-proofs", { token: tokenIn(mail.parsed.text!) }, ann)
      expect(proof.status).toBe(201)
      expect(proof.data.email_proof.email).toBe("ann@example.org")
      expect(await myTickets(ann)).toEqual(["Sent by form"])
      expect(await myTickets(bob)).toEqual([])
    })

    it("sends three links to one address an hour at most (429 with Retry-After), and says when the store has no mailbox", async () => {
      const shopper = await createShopper(getContainer(), `kim-${Date.now()}@example.org`, key)
      const none = await post("/store/helpdesk/email-links", { email: "kim@example.org" }, shopper)
      expect(none.status).toBe(409)
      expect(none.data.message).toMatch(/no default mailbox/)

      await withMailbox()
      for (let i = 0; i < 3; i++) expect((await post("/store/helpdesk/email-links", { email: "kim@example.org" }, shopper)).status).toBe(202)
      const fourth = await post("/store/helpdesk/email-links", { email: "kim@example.org" }, shopper)
      expect(fourth.status).toBe(429)
      expect(Number(fourth.headers["retry-after"])).toBeGreaterThan(0)
      await sink.waitFor(3)
      expect((await post("/store/helpdesk/email-links", { email: "not an address" }, shopper)).status).toBe(400)
    })
  },
})
