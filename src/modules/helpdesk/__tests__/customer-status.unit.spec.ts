import { customerFacingStatus, DEFAULT_TICKET_STATUSES } from "../ticket-workflow"

const isOpen = (id: string) => DEFAULT_TICKET_STATUSES.find((s) => s.id === id)?.is_open ?? false
const ticket = (status: string, extra = {}) => ({
  status,
  archived_at: null,
  customer_read_at: null,
  last_agent_message_at: null,
  ...extra,
})

describe("customerFacingStatus (SPEC §4)", () => {
  it.each([
    ["new", "awaiting_support"],
    ["discussion", "awaiting_support"],
    ["reopened", "awaiting_support"],
    ["pending_confirmation", "awaiting_confirmation"],
    ["closed", "answered"],
    ["cancelled", "cancelled"],
    ["deleted", null],
  ])("shows %s as %s when nothing is unread", (status, expected) => {
    expect(customerFacingStatus(ticket(status), isOpen)).toBe(expected)
  })

  it("shows New reply in any status while the customer has not read the agent's last reply", () => {
    const replied = { last_agent_message_at: "2026-01-02T00:00:00Z", customer_read_at: "2026-01-01T00:00:00Z" }
    expect(customerFacingStatus(ticket("closed", replied), isOpen)).toBe("new_reply")
    expect(customerFacingStatus(ticket("discussion", replied), isOpen)).toBe("new_reply")
    expect(customerFacingStatus(ticket("closed", { ...replied, customer_read_at: "2026-01-03T00:00:00Z" }), isOpen)).toBe("answered")
  })

  it("shows Archived for an archived ticket, and never shows a deleted one", () => {
    expect(customerFacingStatus(ticket("closed", { archived_at: "2026-01-01T00:00:00Z" }), isOpen)).toBe("archived")
    expect(customerFacingStatus(ticket("deleted", { archived_at: "2026-01-01T00:00:00Z" }), isOpen)).toBeNull()
  })

  it("follows the open flag for a status a merchant added", () => {
    expect(customerFacingStatus(ticket("waiting_for_parts"), () => true)).toBe("awaiting_support")
    expect(customerFacingStatus(ticket("resolved_elsewhere"), () => false)).toBe("answered")
  })
})
