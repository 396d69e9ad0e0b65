import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaContainer } from "@medusajs/framework/types"
import {
  receiveCustomerMessageWorkflow,
  transitionTicketWorkflow,
} from "../../src/workflows"
import {
  AGENT_ACTIONS,
  CUSTOMER_ACTIONS,
  CUSTOMER_MESSAGE_RESULTS,
  GONE,
  REMEMBERED_STATUS,
  STATUSES,
  Status,
} from "../fixtures/action-matrix"
import { createAdminUser } from "../helpers/admin"

jest.setTimeout(300_000)

/** Puts a fresh ticket in `status` directly, as test setup (not through an action). */
async function ticketIn(container: MedusaContainer, status: Status) {
  const helpdesk = container.resolve("helpdesk")
  const [ticket] = await helpdesk.createNumberedTickets([
    { subject: `In ${status}`, channel: "email", contact_email: "c@example.com", assignee_id: "user_other" },
  ])
  await helpdesk.updateTickets({
    id: ticket.id,
    status,
    status_before_delete: status === "deleted" ? REMEMBERED_STATUS : null,
  })
  return ticket.id as string
}

/** Everything an action could change, to prove a refused one changed nothing. */
async function snapshot(container: MedusaContainer, id: string) {
  const helpdesk = container.resolve("helpdesk")
  const [ticket] = await helpdesk.listTickets({ id }, { relations: ["messages", "events"] })
  if (!ticket) return null
  const { messages, events, ...rest } = ticket
  return { ...rest, messages: messages.length, events: events.length }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    let agentId: string

    beforeEach(async () => {
      const admin = await createAdminUser(getContainer())
      headers = admin.headers
      agentId = admin.user.id
    })

    describe("the action matrix of SPEC §3, over HTTP", () => {
      it.each(AGENT_ACTIONS.map((a) => [a.name, a]))("%s", async (_name, action) => {
        const container = getContainer()
        for (const status of STATUSES) {
          const id = await ticketIn(container, status)
          const before = await snapshot(container, id)
          const url = `/admin/helpdesk/tickets/${id}${action.path ? `/${action.path}` : ""}`
          const res = await (action.method === "post"
            ? api.post(url, action.body, { headers })
            : api.delete(url, { headers })
          ).catch((e) => e.response)
          const expected = action.results[status]

          if (expected === undefined) {
            expect({ status, code: res.status }).toEqual({ status, code: 409 })
            expect(res.data.code).toBe("ticket_action_not_allowed")
            expect(res.data.message).toMatch(/it is allowed in: /)
            expect(await snapshot(container, id)).toEqual(before)
            continue
          }
          expect({ status, code: res.status }).toEqual({ status, code: expect.any(Number) })
          expect([200, 201]).toContain(res.status)
          if (expected === GONE) {
            expect(await snapshot(container, id)).toBeNull()
            continue
          }
          const after = await snapshot(container, id)
          expect({ from: status, to: after!.status }).toEqual({ from: status, to: expected })
          if (action.assignsActor) {
            expect(after!.assignee_id).toBe(agentId)
          }
        }
      })

      it("names the statuses that allow a refused action", async () => {
        const id = await ticketIn(getContainer(), "closed")
        const res = await api.post(`/admin/helpdesk/tickets/${id}/close`, {}, { headers }).catch((e) => e.response)
        expect(res.status).toBe(409)
        expect(res.data.message).toBe(
          '"Close without reply" is not allowed while the ticket is Closed; it is allowed in: New, Discussion, Reopened.'
        )
      })
    })

    describe("customer actions", () => {
      it.each(CUSTOMER_ACTIONS.map((a) => [a.action, a]))("%s", async (_name, { action, results }) => {
        const container = getContainer()
        for (const status of STATUSES) {
          const id = await ticketIn(container, status)
          const before = await snapshot(container, id)
          const { errors } = await transitionTicketWorkflow(container).run({
            input: { ticket_id: id, action, actor: { type: "customer", id: null } },
            throwOnError: false,
          })
          const expected = results[status]
          const after = await snapshot(container, id)
          if (expected === undefined) {
            expect({ status, refused: errors.length > 0 }).toEqual({ status, refused: true })
            expect(after).toEqual(before)
          } else {
            expect({ status, errors }).toEqual({ status, errors: [] })
            expect({ from: status, to: after!.status }).toEqual({ from: status, to: expected })
          }
        }
      })

      it("a new customer message, in every status", async () => {
        const container = getContainer()
        for (const status of STATUSES) {
          const id = await ticketIn(container, status)
          await receiveCustomerMessageWorkflow(container).run({
            input: { ticket_id: id, author: { email: "c@example.com" }, body_text: `Hello from ${status}` },
          })
          const after = await snapshot(container, id)
          expect({ from: status, to: after!.status }).toEqual({ from: status, to: CUSTOMER_MESSAGE_RESULTS[status] })
          expect(after!.messages).toBe(1)
        }
      })

      it("a new customer message takes the ticket out of the archive", async () => {
        const container = getContainer()
        const id = await ticketIn(container, "closed")
        await container.resolve("helpdesk").updateTickets({ id, archived_at: new Date() })
        await receiveCustomerMessageWorkflow(container).run({
          input: { ticket_id: id, author: { email: "c@example.com" }, body_text: "One more thing" },
        })
        const after = await snapshot(container, id)
        expect(after).toMatchObject({ status: "reopened", archived_at: null })
      })
    })

    describe("history", () => {
      it("records each action with its actor, and lists it oldest or newest first", async () => {
        const container = getContainer()
        const id = await ticketIn(container, "new")
        await api.post(`/admin/helpdesk/tickets/${id}/notes`, { body_text: "Checking stock" }, { headers })
        await api.post(`/admin/helpdesk/tickets/${id}/reply`, { body_text: "Ships Monday", close: true }, { headers })
        await api.post(`/admin/helpdesk/tickets/${id}/reopen`, { comment: "Customer called" }, { headers })

        const asc = (await api.get(`/admin/helpdesk/tickets/${id}`, { headers })).data.ticket
        expect(asc.status).toBe("reopened")
        expect(asc.events.map((e: any) => [e.type, e.actor_id])).toEqual([
          ["reply_and_close", agentId],
          ["reopen", agentId],
        ])
        expect(asc.events[1].data).toMatchObject({ from: "closed", to: "reopened", comment: "Customer called" })
        expect(asc.timeline.map((t: any) => t.kind ?? t.type)).toEqual([
          "note",
          "message",
          "reply_and_close",
          "reopen",
        ])
        const reply = asc.messages.find((m: any) => m.kind === "message")
        // No mailbox to send from: the reply stays in the cabinet, and the admin says why.
        expect(reply).toMatchObject({ author_type: "agent", author_id: agentId, delivery_status: null, delivery_error: expect.stringMatching(/no mailbox/i) })

        const desc = (await api.get(`/admin/helpdesk/tickets/${id}?order=desc`, { headers })).data.ticket
        expect(desc.timeline.map((t: any) => t.id)).toEqual([...asc.timeline].reverse().map((t: any) => t.id))
      })

      it("empties the trash of every deleted ticket and nothing else", async () => {
        const container = getContainer()
        const deleted = [await ticketIn(container, "deleted"), await ticketIn(container, "deleted")]
        const kept = await ticketIn(container, "closed")
        const res = await api.delete("/admin/helpdesk/trash", { headers })
        expect(res.data.ids.sort()).toEqual(deleted.sort())
        expect(await snapshot(container, deleted[0])).toBeNull()
        expect(await snapshot(container, kept)).not.toBeNull()
      })
    })
  },
})
