import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AUTHORIZATION_MATRIX, Need, Params } from "../fixtures/authorization-matrix"
import { as } from "../helpers/admin"
import { createTicketFixture, Role, ROLES, storeFile, useHelpdeskTeam } from "../helpers/helpdesk-team"
import { useHelpdeskOptions } from "../helpers/helpdesk-options"
import { fulfilledOrder, paidOrder } from "../helpers/order-states"

// The order confirmation goes out on the test app's one notification channel.
useHelpdeskOptions({ orderConfirmationChannel: "feed" })

jest.setTimeout(600_000)

const ADMIN_API = path.join(__dirname, "../../src/api/admin")

/** "METHOD /admin/…" for every method exported by a route file under src/api/admin. */
function routesOnDisk(dir = ADMIN_API): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return routesOnDisk(file)
    if (entry.name !== "route.ts") return []
    const url = "/admin/" + path.relative(ADMIN_API, dir).split(path.sep).map((s) => s.replace(/^\[(.+)\]$/, ":$1")).join("/")
    const methods = readFileSync(file, "utf8").matchAll(/^export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/gm)
    return [...methods].map((m) => `${m[1]} ${url}`)
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {

    const team = useHelpdeskTeam(api, getContainer)

    const STATUS_OF: Partial<Record<Need, string>> = {
      "closed ticket": "closed",
      "deleted ticket": "deleted",
      "pending ticket": "pending_confirmation",
    }

    /** Fresh records for one call, so no call sees what another did. */
    async function prepare(need: Need | undefined): Promise<Params> {
      const container = getContainer()
      const helpdesk = team().helpdesk
      const base = { supervisor_id: team().agents.supervisor.id, member_id: team().agents.member.id }
      const returnsTicket = (status?: string) =>
        createTicketFixture(container, { department_id: team().returns, assignee_id: team().agents.assignee.id, status })
      switch (need) {
        case undefined:
          return base
        case "ticket":
        case "closed ticket":
        case "deleted ticket":
        case "pending ticket": {
          const ticket = await returnsTicket(STATUS_OF[need])
          const open = await createTicketFixture(container, { subject: "Department-less" })
          return {
            ...base,
            id: ticket.id,
            attachment_id: ticket.attachment_id,
            message_id: ticket.message_ids[0],
            later_message_id: ticket.message_ids[2],
            open_ticket_id: open.id,
          }
        }
        case "canned reply": {
          const [reply] = await helpdesk.createCannedReplies([{ title: "Hello", body: "Hello {{CUSTOMER_NAME}}" }])
          return { ...base, id: reply.id, ticket_id: (await returnsTicket()).id }
        }
        case "customer":
        case "customer note": {
          const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email: `c${Date.now()}${Math.random()}@example.com` })
          const [note] = await helpdesk.createCustomerNotes([{ customer_id: customer.id, author_id: team().agents.member.id, body: "VIP" }])
          return { ...base, customer_id: customer.id, note_id: note.id }
        }
        case "department": {
          const [department] = await helpdesk.createDepartments([{ name: "Temporary" }])
          return { ...base, id: department.id }
        }
        case "form": {
          const [form] = await helpdesk.createForms([{ name: "Temporary", title: "Temporary", fields: [{ key: "email", type: "email", label: { en: "Email" }, required: true }] }] as any)
          return { ...base, id: form.id }
        }
        case "mailbox":
        case "inbound mail": {
          const [mailbox] = await helpdesk.createMailboxes([
            { name: "Support", address: "support@example.com", imap_host: "127.0.0.1", imap_port: 1, imap_secure: false, imap_user: "support", enabled: false },
          ])
          const raw_file_id = await storeFile(container, "mail.eml", "Subject: Hi\r\n\r\nHello\r\n", "message/rfc822")
          const [mail] = await helpdesk.createInboundMails([
            { mailbox_id: mailbox.id, dedupe_key: `k${Math.random()}`, status: "imported", raw_file_id },
          ])
          return { ...base, id: need === "mailbox" ? mailbox.id : mail.id, kind: "receipt" }
        }
        case "failed reply": {
          const ticket = await returnsTicket()
          const [reply] = await helpdesk.createTicketMessages([
            { ticket_id: ticket.id, kind: "message", author_type: "agent", body_text: "On it", delivery_status: "failed" },
          ] as any)
          const message_id = reply.id
          await helpdesk.createOutboundMails([
            {
              kind: "reply", ticket_id: ticket.id, ticket_message_id: message_id, from_address: "support@example.com",
              to: ["customer@example.com"], subject: "Re: Hello", body_text: "On it", message_id: `m${Math.random()}@example.com`,
              status: "failed", attempts: 5, next_attempt_at: new Date(), last_error: "550 No such user",
            },
          ])
          return { ...base, id: ticket.id, message_id }
        }
        case "paid order":
        case "fulfilled order": {
          const customer = { email: "buyer@example.com" }
          const order_id = need === "paid order" ? await paidOrder(container, customer, 1) : await fulfilledOrder(container, customer, 1)
          const ticket = await returnsTicket()
          await helpdesk.updateTickets({ id: ticket.id, order_id })
          const query = container.resolve("query")
          const { data: [order] } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: order_id } })
          return { ...base, id: ticket.id, order_id, item_id: order.items[0].id }
        }
        case "saved view": {
          const [view] = await helpdesk.createSavedViews([
            { name: "Mia's", owner_id: team().agents.member.id, visibility: "everyone", filters: {} },
          ])
          return { ...base, id: view.id }
        }
      }
    }

    it("has a row for every admin route, and no row for a route that is gone", () => {
      const rows = AUTHORIZATION_MATRIX.map((r) => r.route)
      expect(new Set(rows).size).toBe(rows.length)
      expect([...rows].sort()).toEqual(routesOnDisk().sort())
    })

    it.each(AUTHORIZATION_MATRIX.map((row) => [row.route, row]))("%s", async (route, row) => {
      const [method, template] = route.split(" ")
      const seen: Record<string, number> = {}
      for (const role of ROLES) {
        const params = await prepare(row.needs)
        const url = template.replace(/:(\w+)/g, (_, name) => params[name] ?? `:${name}`)
        const agent = as(api, team().agents[role as Role])
        const res =
          method === "GET" ? await agent.get(url) : method === "DELETE" ? await agent.delete(url) : await agent.post(url, row.body?.(params) ?? {})
        seen[role] = res.status
        if (res.status >= 500) seen[`${role} error`] = res.data?.message
      }
      expect(seen).toEqual(row.who)
    })
  },
})
