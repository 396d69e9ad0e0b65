import {
  DEFAULT_TICKET_ACTIONS,
  DEFAULT_TICKET_STATUSES,
  planTicketTransition,
  ticketChangesFor,
} from "../ticket-workflow"

const action = (id: string) => DEFAULT_TICKET_ACTIONS.find((a) => a.id === id)!
const ticket = (status: string, extra = {}) => ({
  id: "tkt_1",
  status,
  status_before_delete: null,
  assignee_id: null,
  closed_at: null,
  archived_at: null,
  ...extra,
})
const agent = { type: "agent", id: "user_1" }

describe("planTicketTransition", () => {
  it("refuses an action in a status the matrix does not list, naming the allowed ones in order", () => {
    expect(() =>
      planTicketTransition(action("accept"), ticket("new"), "agent", DEFAULT_TICKET_STATUSES)
    ).toThrow('"Accept" is not allowed while the ticket is New; it is allowed in: Pending confirmation.')
  })

  it("refuses an action to someone it is not meant for", () => {
    expect(() =>
      planTicketTransition(action("cancel"), ticket("new"), "agent", DEFAULT_TICKET_STATUSES)
    ).toThrow('"Cancel" can only be done by: customer.')
  })

  it("restores a deleted ticket to the status it had", () => {
    expect(
      planTicketTransition(action("restore"), ticket("deleted", { status_before_delete: "discussion" }), "agent", DEFAULT_TICKET_STATUSES)
    ).toEqual({ from: "deleted", to: "discussion" })
  })
})

describe("ticketChangesFor", () => {
  const now = new Date("2026-01-01T00:00:00Z")

  it("remembers the status when a ticket goes to the trash, and forgets it on restore", () => {
    expect(ticketChangesFor(action("delete"), { from: "closed", to: "deleted" }, ticket("closed"), agent, now))
      .toEqual({ status: "deleted", status_before_delete: "closed" })
    expect(ticketChangesFor(action("restore"), { from: "deleted", to: "closed" }, ticket("deleted"), agent, now))
      .toEqual({ status: "closed", status_before_delete: null })
  })

  it("stamps closed_at and assigns the replying agent on send-and-close", () => {
    expect(ticketChangesFor(action("reply_and_close"), { from: "new", to: "closed" }, ticket("new"), agent, now))
      .toEqual({ status: "closed", closed_at: now, assignee_id: "user_1" })
  })

  it("takes an archived ticket out of the archive when the customer writes", () => {
    const archived = ticket("closed", { archived_at: now })
    expect(ticketChangesFor(action("customer_message"), { from: "closed", to: "reopened" }, archived, { type: "customer" }, now))
      .toEqual({ status: "reopened", archived_at: null })
  })
})
