import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../src/modules/helpdesk"
import { requestListUrl } from "../../src/workflows"
import { createAdminUser } from "../helpers/admin"
import { createPublishableKey, createShopper, Shopper } from "../helpers/customer"

jest.setTimeout(300_000)

const STORE_API = path.resolve(__dirname, "../../src/api/store")

/** Every "METHOD /store/..." route the plugin serves, read from src/api/store. */
function routesOnDisk(dir = STORE_API): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return routesOnDisk(file)
    if (entry.name !== "route.ts") return []
    const url = "/store/" + path.relative(STORE_API, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
    const methods = readFileSync(file, "utf8").matchAll(/^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)
    return [...methods].map((m) => `${m[1]} ${url}`)
  })
}

/**
 * Store routes anyone with the publishable key may call (the public web
 * forms); forms.spec.ts tests them. Every other store route is a customer's
 * own and needs a row below.
 */
const PUBLIC_ROUTES = ["GET /store/helpdesk/forms/:id", "GET /store/helpdesk/forms/:id/challenge", "POST /store/helpdesk/forms/:id/submissions"]

interface Fixture {
  ticket_id: string
  attachment_id: string
  token: string
}

/**
 * Each store route: what its owner gets, and what another signed-in
 * customer gets. Routes of one ticket answer the other customer 404; routes
 * of "my" things answer them about their own (an empty list, their own new
 * ticket). A route without a row fails the test.
 */
const ROWS: { route: string; body?: (f: Fixture) => unknown; owner: number; other: number }[] = [
  { route: "GET /store/helpdesk/tickets", owner: 200, other: 200 },
  { route: "POST /store/helpdesk/tickets", body: () => ({ subject: "New", body_text: "Hello" }), owner: 201, other: 201 },
  { route: "GET /store/helpdesk/tickets/:id", owner: 200, other: 404 },
  { route: "GET /store/helpdesk/tickets/:id/attachments/:attachment_id", owner: 200, other: 404 },
  { route: "POST /store/helpdesk/tickets/:id/messages", body: () => ({ body_text: "More" }), owner: 201, other: 404 },
  { route: "POST /store/helpdesk/tickets/:id/read", owner: 200, other: 404 },
  { route: "POST /store/helpdesk/tickets/:id/cancel", owner: 200, other: 404 },
  { route: "POST /store/helpdesk/tickets/:id/archive", owner: 200, other: 404 },
  { route: "DELETE /store/helpdesk/tickets/:id/archive", owner: 200, other: 404 },
  { route: "POST /store/helpdesk/tickets/:id/reopen", owner: 200, other: 404 },
  { route: "POST /store/helpdesk/email-proofs", body: (f) => ({ token: f.token }), owner: 201, other: 201 },
  { route: "POST /store/helpdesk/email-links", body: () => ({ email: "someone@example.org" }), owner: 202, other: 202 },
]

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let key: string
    let owner: Shopper
    let other: Shopper
    let agentEmail: string
    let fixture: Fixture

    beforeEach(async () => {
      const container = getContainer()
      const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
      key = await createPublishableKey(container)
      owner = await createShopper(container, `owner-${Date.now()}@example.org`, key)
      other = await createShopper(container, `other-${Date.now()}@example.org`, key)
      const agent = await createAdminUser(container, `agent-${Date.now()}@shop.test`)
      agentEmail = agent.user.email
      // Answered and closed, so every action has its turn: read, cancel is refused until reopened…
      const [ticket] = await helpdesk.createNumberedTickets([{ subject: "Owner's", channel: "cabinet", customer_id: owner.id, contact_email: owner.email }])
      const [message] = await helpdesk.createTicketMessages([
        { ticket_id: ticket.id, kind: "message", author_type: "customer", body_text: "Owner's question" },
        { ticket_id: ticket.id, kind: "note", author_type: "agent", author_id: agent.user.id, body_text: "Owner's internal note" },
      ] as any)
      const [file] = await container.resolve(Modules.FILE).createFiles([
        { filename: "a.txt", mimeType: "text/plain", content: Buffer.from("owner's file").toString("base64"), access: "private" },
      ])
      const [attachment] = await helpdesk.createTicketAttachments([
        { message_id: message.id, file_id: file.id, filename: "a.txt", content_type: "text/plain", size: 12 },
      ] as any)
      // A mailbox to send from, so "link my requests" has one (nothing listens on its port; sending fails later, unseen here).
      const [mailbox] = await helpdesk.createMailboxes([{ name: "Support", address: "support@shop.test", imap_host: "127.0.0.1", imap_user: "support", smtp_host: "127.0.0.1", smtp_port: 1 }] as any)
      await helpdesk.createSettings([{ id: "default_mailbox_id", value: mailbox.id }] as any)
      const link = await requestListUrl(container, `mailbox-${Date.now()}@example.org`)
      fixture = { ticket_id: ticket.id, attachment_id: attachment.id, token: link.split("/").pop()! }
    })

    const call = (route: string, who: Record<string, string>, body?: unknown) => {
      const [method, pattern] = route.split(" ")
      const url = pattern.replace(":id", fixture.ticket_id).replace(":attachment_id", fixture.attachment_id)
      return api
        .request({ method, url, headers: who, data: method === "GET" || method === "DELETE" ? undefined : body ?? {} })
        .catch((e: any) => e.response)
    }

    it("has a row for every store route on disk, or names it public", () => {
      expect([...ROWS.map((r) => r.route), ...PUBLIC_ROUTES].sort()).toEqual(routesOnDisk().sort())
    })

    it.each(ROWS.map((row) => [row.route, row]))("%s: 401 signed out, the owner's answer, another customer's answer", async (route, row) => {
      const anonymous = await call(route, { "x-publishable-api-key": key }, row.body?.(fixture))
      expect(anonymous.status).toBe(401)

      const theirs = await call(route, other.headers, row.body?.(fixture))
      expect(theirs.status).toBe(row.other)
      const text = JSON.stringify(theirs.data)
      for (const secret of ["Owner's", "owner's file", fixture.attachment_id, owner.email]) expect(text).not.toContain(secret)

      // The owner's ticket is cancelled first where the route needs a closed request (archive, reopen).
      if (/archive|reopen/.test(route)) await call("POST /store/helpdesk/tickets/:id/cancel", owner.headers)
      const mine = await call(route, owner.headers, row.body?.(fixture))
      expect({ route, status: mine.status, body: mine.status === row.owner ? "" : mine.data }).toEqual({ route, status: row.owner, body: "" })
      const answer = JSON.stringify(mine.data)
      for (const secret of ["Owner's internal note", agentEmail, "file_id", "private-"]) expect(answer).not.toContain(secret)
    })
  },
})
