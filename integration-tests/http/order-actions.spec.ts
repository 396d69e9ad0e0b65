import { logger } from "@medusajs/framework/logger"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { HelpdeskEvents } from "../../src/workflows/events"
import { Agent, as, createAdminUser } from "../helpers/admin"
import { useHelpdeskOptions } from "../helpers/helpdesk-options"
import { fulfilledOrder, orderPayments, paidOrder, placedOrder } from "../helpers/order-states"

// The test app has only Medusa's local notification provider, on the "feed" channel.
useHelpdeskOptions({ orderConfirmationChannel: "feed" })

jest.setTimeout(600_000)

interface Customer {
  id: string
  email: string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let agent: ReturnType<typeof as>
    let ann: Customer
    let ticketId: string

    beforeAll(() => logger.setLogLevel("error"))
    afterAll(() => logger.unsetLogLevel())

    beforeEach(async () => {
      const container = getContainer()
      const admin = await createAdminUser(container)
      agent = as(api, { id: admin.user.id, headers: admin.headers } as Agent)
      const [customer] = await container.resolve(Modules.CUSTOMER).createCustomers([{ email: "ann@example.com", first_name: "Ann" }])
      ann = { id: customer.id, email: customer.email }
      ticketId = await ticketOf(container, { customer_id: ann.id, contact_email: ann.email })
    })

    async function ticketOf(container: MedusaContainer, fields: Record<string, unknown>) {
      const [ticket] = await container.resolve("helpdesk").createNumberedTickets([
        { subject: "About my order", channel: "email", contact_email: "someone@example.com", ...fields },
      ])
      return ticket.id as string
    }

    const url = (orderId: string, action: string, ticket = ticketId) =>
      `/admin/helpdesk/tickets/${ticket}/orders/${orderId}/${action}`

    async function order(orderId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: [row] } = await query.graph({
        entity: "order",
        fields: ["id", "display_id", "status", "items.id"],
        filters: { id: orderId },
      })
      return row as any
    }

    async function history(ticket = ticketId) {
      const [row] = await getContainer().resolve("helpdesk").listTickets({ id: ticket }, { relations: ["events"] })
      return (row.events as any[]).filter((e) => e.type.startsWith("order_"))
    }

    const refunded = async (orderId: string) =>
      (await orderPayments(getContainer(), orderId)).flatMap((p) => p.refunds.map((r) => Number(r.amount)))

    describe("POST /admin/helpdesk/tickets/:id/orders/:order_id/cancel", () => {
      it("cancels a paid order of the ticket's customer through Medusa, which refunds the payment", async () => {
        const orderId = await paidOrder(getContainer(), ann)
        const res = await agent.post(url(orderId, "cancel"))
        expect(res.status).toBe(201)
        expect((await order(orderId)).status).toBe("canceled")
        expect(await refunded(orderId)).toEqual([60])
        const [event] = await history()
        expect(event).toMatchObject({ type: "order_canceled", actor_type: "agent", data: { order_id: orderId, display_id: (await order(orderId)).display_id } })
        expect(res.data.event.type).toBe("order_canceled")
        expect(res.data.ticket.timeline.some((e: any) => e.type === "order_canceled")).toBe(true)
      })

      it("answers with Medusa's reason when Medusa refuses (a fulfilled order), and changes nothing", async () => {
        const orderId = await fulfilledOrder(getContainer(), ann)
        const res = await agent.post(url(orderId, "cancel"))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/fulfillments must be canceled before canceling an order/)
        expect((await order(orderId)).status).not.toBe("canceled")
        expect(await history()).toEqual([])
      })
    })

    describe("POST /admin/helpdesk/tickets/:id/orders/:order_id/refunds", () => {
      it("refunds part of the captured payment, then the rest, then says nothing is left", async () => {
        const orderId = await paidOrder(getContainer(), ann)
        const part = await agent.post(url(orderId, "refunds"), { amount: 15, note: "Scratched mug" })
        expect(part.status).toBe(201)
        expect(await refunded(orderId)).toEqual([15])
        const rest = await agent.post(url(orderId, "refunds"), {})
        expect(rest.status).toBe(201)
        expect((await refunded(orderId)).sort()).toEqual([15, 45])
        expect((await history()).map((e) => [e.type, e.data.amount, e.data.note])).toEqual(
          expect.arrayContaining([["order_refunded", 15, "Scratched mug"], ["order_refunded", 45, null]])
        )
        const none = await agent.post(url(orderId, "refunds"), {})
        expect(none.status).toBe(400)
        expect(none.data.message).toMatch(/no captured payment left to refund/)
      })

      it("refuses more than was captured with Medusa's message", async () => {
        const orderId = await paidOrder(getContainer(), ann)
        const res = await agent.post(url(orderId, "refunds"), { amount: 1000 })
        expect(res.status).toBe(400)
        expect(res.data.message).toBe("You are not allowed to refund more than the captured amount")
        expect(await refunded(orderId)).toEqual([])
        expect(await history()).toEqual([])
      })

      it("refuses a payment of another order", async () => {
        const mine = await paidOrder(getContainer(), ann)
        const other = await paidOrder(getContainer(), ann)
        const [payment] = await orderPayments(getContainer(), other)
        const res = await agent.post(url(mine, "refunds"), { payment_id: payment.id })
        expect(res.status).toBe(404)
        expect(await refunded(other)).toEqual([])
      })
    })

    describe("POST /admin/helpdesk/tickets/:id/orders/:order_id/returns", () => {
      it("takes back one of two fulfilled mugs, receives it and refunds what it cost", async () => {
        const orderId = await fulfilledOrder(getContainer(), ann)
        const [line] = (await order(orderId)).items
        const res = await agent.post(url(orderId, "returns"), { items: [{ id: line.id, quantity: 1 }], refund: true, note: "Broken in transit" })
        expect(res.status).toBe(201)
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: returns } = await query.graph({
          entity: "return",
          fields: ["id", "status", "items.item_id", "items.quantity", "items.received_quantity"],
          filters: { order_id: orderId },
        })
        expect(returns).toHaveLength(1)
        expect(returns[0]).toMatchObject({ status: "received", items: [{ item_id: line.id, quantity: 1, received_quantity: 1 }] })
        expect(await refunded(orderId)).toEqual([25])
        const [event] = await history()
        expect(event).toMatchObject({
          type: "order_return_received",
          data: { return_id: returns[0].id, items: [{ id: line.id, title: "Mug", quantity: 1 }], refund: { amount: 25 }, note: "Broken in transit" },
        })
      })

      it("says so when nothing was fulfilled yet, and names an unknown item", async () => {
        const orderId = await paidOrder(getContainer(), ann)
        const [line] = (await order(orderId)).items
        const unfulfilled = await agent.post(url(orderId, "returns"), { items: [{ id: line.id, quantity: 1 }] })
        expect(unfulfilled.status).toBe(400)
        expect(unfulfilled.data.message).toMatch(/has not been fulfilled/)
        const unknown = await agent.post(url(orderId, "returns"), { items: [{ id: "ordli_nope", quantity: 1 }] })
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/ordli_nope is not an item of order/)
        expect(await history()).toEqual([])
      })
    })

    describe("POST /admin/helpdesk/tickets/:id/orders/:order_id/confirmation", () => {
      it("creates the order-placed notification again, without re-emitting order.placed", async () => {
        const orderId = await placedOrder(getContainer(), ann)
        const heard: string[] = []
        const eventBus = getContainer().resolve(Modules.EVENT_BUS)
        for (const name of [HelpdeskEvents.ORDER_CONFIRMATION_RESENT, "order.placed"]) {
          eventBus.subscribe(name, async ({ name: event, data }: any) => {
            if (data?.order_id === orderId || data?.id === orderId) heard.push(event)
          })
        }
        const res = await agent.post(url(orderId, "confirmation"))
        expect(res.status).toBe(201)
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: orderId })
        expect(notifications).toEqual([
          expect.objectContaining({ to: ann.email, template: "order-placed", channel: "feed", trigger_type: "helpdesk.order.confirmation_resent" }),
        ])
        const [event] = await history()
        expect(event).toMatchObject({ type: "order_confirmation_resent", data: { order_id: orderId, to: ann.email, template: "order-placed" } })
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(heard).toEqual([HelpdeskEvents.ORDER_CONFIRMATION_RESENT])
      })
    })

    describe("which orders a ticket may act on", () => {
      it("answers 404 for another customer's order, and acts on a guest ticket's own linked order", async () => {
        const [bob] = await getContainer().resolve(Modules.CUSTOMER).createCustomers([{ email: "bob@example.com" }])
        const bobsOrder = await paidOrder(getContainer(), { id: bob.id, email: bob.email })
        for (const action of ["cancel", "refunds", "confirmation"]) {
          expect((await agent.post(url(bobsOrder, action))).status).toBe(404)
        }
        expect((await agent.post(url("order_missing", "cancel"))).status).toBe(404)
        expect((await order(bobsOrder)).status).not.toBe("canceled")
        expect(await refunded(bobsOrder)).toEqual([])

        const guestTicket = await ticketOf(getContainer(), { contact_email: bob.email, order_id: bobsOrder })
        expect((await agent.post(url(bobsOrder, "confirmation", guestTicket))).status).toBe(201)
        expect((await history(guestTicket)).map((e) => e.type)).toEqual(["order_confirmation_resent"])
      })

      it("refuses (409) while another agent has claimed the ticket", async () => {
        const orderId = await paidOrder(getContainer(), ann)
        await getContainer().resolve("helpdesk").updateTickets({
          id: ticketId,
          claimed_by_id: "user_colleague",
          claim_expires_at: new Date(Date.now() + 15 * 60_000),
        })
        const res = await agent.post(url(orderId, "cancel"))
        expect(res.status).toBe(409)
        expect(res.data.message).toMatch(/is working on this ticket/)
        expect((await order(orderId)).status).not.toBe("canceled")
      })

      it("refuses (409) on a ticket in the trash", async () => {
        const orderId = await placedOrder(getContainer(), ann)
        await getContainer().resolve("helpdesk").updateTickets({ id: ticketId, status: "deleted", status_before_delete: "new" })
        const res = await agent.post(url(orderId, "confirmation"))
        expect(res.status).toBe(409)
        expect(res.data.message).toMatch(/trash/)
      })
    })

    describe("bad bodies", () => {
      it.each([
        ["refunds", { amount: -5 }, "amount"],
        ["refunds", { amount: "ten" }, "amount"],
        ["refunds", { payment: "pay_1" }, "payment"],
        ["returns", { items: [] }, "items"],
        ["returns", { items: [{ id: "ordli_1", quantity: 0 }] }, "quantity"],
        ["returns", { items: [{ id: "ordli_1", quantity: 1 }], refund_amount: 5 }, "refund_amount"],
        ["cancel", { reason: "x" }, "reason"],
        ["confirmation", { to: "x@example.com" }, "to"],
      ])("%s with %j answers 400 naming %s", async (action, body, field) => {
        const res = await agent.post(url("order_any", action), body)
        expect(res.status).toBe(400)
        expect(res.data.message).toContain(field)
      })
    })
  },
})
