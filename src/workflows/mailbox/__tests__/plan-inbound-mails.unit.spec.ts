import { DEFAULT_TICKET_ACTIONS, DEFAULT_TICKET_STATUSES, InboundMailRecord } from "../../../modules/helpdesk"
import { InboundMailPayload } from "../types"
import { PlanContext, PlannedTicket, planInboundMails } from "../utils/plan-inbound-mails"

const record = (key: string, status: InboundMailRecord["status"] = "received"): InboundMailRecord => ({
  id: `inml_${key}`, mailbox_id: "mbox_1", dedupe_key: key, status, reason: null, ticket_id: null, ticket_message_id: null, raw_file_id: null, attempts: 0,
})
const mail = (key: string, over: Partial<InboundMailPayload> = {}): InboundMailPayload => ({
  dedupe_key: key, uid: "1", uid_validity: "1", size: 100, raw_file_id: `file_${key}`,
  from: { address: "jane@example.com", name: "Jane" }, subject: "Help", text: "Hello", reply: "Hello",
  message_id: `${key}@example.com`, references: [], ...over,
})
const closed: PlannedTicket = {
  id: "tkt_closed", number: "111111", subject: "Old matter", status: "closed", status_before_delete: null,
  assignee_id: null, closed_at: new Date(), archived_at: new Date(),
}

function context(mails: InboundMailPayload[], over: Partial<PlanContext> = {}): PlanContext {
  return {
    mailbox: { id: "mbox_1", language: "en", antispam_enabled: false, default_department_id: null },
    defaultLanguage: "en",
    senderRateLimit: 30,
    force: false,
    records: new Map(mails.map((m) => [m.dedupe_key, record(m.dedupe_key)])),
    byNumber: new Map([["111111", closed]]),
    byMessageId: new Map(),
    ownMessageIds: new Set(),
    isOwnMessageId: (id) => id.startsWith("hd."),
    messageRowsByMessageId: new Map(),
    forwardedTo: new Map(),
    alreadyStored: new Map(),
    customersByEmail: new Map(),
    knownSenders: new Set(),
    recentBySender: new Map(),
    statuses: DEFAULT_TICKET_STATUSES as never,
    customerMessageAction: DEFAULT_TICKET_ACTIONS.find((a) => a.id === "customer_message") as never,
    ...over,
  }
}

describe("planning a batch of inbound mail", () => {
  it("threads a reply to a mail earlier in the same batch into the ticket that mail opens", () => {
    const mails = [mail("a"), mail("b", { subject: "Re: Help", in_reply_to: "a@example.com" })]
    const plan = planInboundMails(mails, context(mails))
    expect(plan.new_tickets).toHaveLength(1)
    expect(plan.messages.map((m) => m.ref)).toEqual([{ new_ticket: 0 }, { new_ticket: 0 }])
  })

  it("reopens and un-archives a closed ticket once, however many replies the batch has", () => {
    const mails = [1, 2].map((i) => mail(`r${i}`, { subject: "Re: Old matter [#111111]", ticket_ref: { number: "111111", kind: "ticket" } }))
    const plan = planInboundMails(mails, context(mails))
    expect(plan.ticket_updates).toHaveLength(1)
    expect(plan.ticket_updates[0]).toMatchObject({ id: "tkt_closed", status: "reopened", archived_at: null })
    expect(plan.events.filter((e) => e.type === "reopen")).toHaveLength(1)
  })

  it("skips what the helpdesk sent itself and mail already recorded, and keeps the quoted part", () => {
    const mails = [mail("own"), mail("old"), mail("q", { text: "Thanks!\n\n> earlier", reply: "Thanks!" })]
    const ctx = context(mails, { ownMessageIds: new Set(["own@example.com"]) })
    ctx.records.set("old", record("old", "imported"))
    const plan = planInboundMails(mails, ctx)
    expect(plan.records.map((r) => [r.id, r.status])).toEqual([["inml_own", "skipped"], ["inml_q", "imported"]])
    expect(plan.messages[0].data).toMatchObject({ body_text: "Thanks!", quoted_text: "Thanks!\n\n> earlier" })
  })

  it("plans the same mail twice in one batch once", () => {
    const mails = [mail("d"), mail("other"), mail("d")]
    const plan = planInboundMails(mails, context(mails))
    expect(plan.records.map((r) => r.id)).toEqual(["inml_d", "inml_other"])
    expect(plan.messages).toHaveLength(2)
    expect(new Set(plan.messages.map((m) => m.data.inbound_mail_id)).size).toBe(2)
  })

  it("counts the loop guard across the batch and lets a retry through", () => {
    const mails = [1, 2, 3].map((i) => mail(`l${i}`, { subject: `Ping ${i}` }))
    const limited = planInboundMails(mails, context(mails, { senderRateLimit: 2, recentBySender: new Map([["jane@example.com", 1]]) }))
    expect(limited.records.map((r) => r.status)).toEqual(["imported", "skipped", "skipped"])
    const forced = planInboundMails(mails, context(mails, { senderRateLimit: 2, force: true, recentBySender: new Map([["jane@example.com", 5]]) }))
    expect(forced.records.every((r) => r.status === "imported")).toBe(true)
  })

  it("trusts a bounce only when it names a Message-ID the helpdesk made, and files any other as ordinary mail", () => {
    const ours = { id: "msg_ours", ticket_id: "tkt_closed", delivery_status: "sent" }
    const inbound = { id: "msg_in", ticket_id: "tkt_closed", delivery_status: null }
    const bounce = (key: string, quoted: string) =>
      mail(key, { from: { address: "mailer-daemon@mx.example.net", name: "" }, subject: "Undelivered Mail", auto: "bounce", bounced_message_id: quoted })
    const mails = [bounce("b1", "hd.ours@shop.test"), bounce("b2", "customer-1@example.com")]
    const ctx = context(mails, { messageRowsByMessageId: new Map([["hd.ours@shop.test", ours], ["customer-1@example.com", inbound]]) })
    const plan = planInboundMails(mails, ctx)
    expect(plan.failed_message_ids).toEqual(["msg_ours"])
    expect(plan.messages.map((m) => [m.ref, m.data.author_type])).toEqual([[{ ticket_id: "tkt_closed" }, "system"], [{ new_ticket: 0 }, "customer"]])
    expect(plan.received.map((r) => r.kind)).toEqual(["bounce", "customer"])
    expect(plan.records[1].reason).toMatch(/names no mail this helpdesk sent/)
  })

  it("gives a bounce's reason to the reply it failed, and a delay warning marks nothing", () => {
    const ours = { id: "msg_ours", ticket_id: "tkt_closed", delivery_status: "sent" }
    const daemon = { address: "mailer-daemon@mx.example.net", name: "" }
    const facts = { recipient: "bob@example.org", message_id: "hd.ours@shop.test" }
    const mails = [
      mail("d1", { from: daemon, auto: "auto-reply", delivery: { ...facts, action: "delayed", status: "4.4.1", diagnostic: "Connection timed out" } }),
      mail("d2", { from: daemon, auto: "auto-reply", delivery: { ...facts, action: "delayed", status: "4.4.1", diagnostic: null, message_id: "customer-1@example.com" } }),
      mail("b1", { from: daemon, auto: "bounce", bounced_message_id: "hd.ours@shop.test", delivery: { ...facts, action: "failed", status: "5.1.1", diagnostic: "User unknown" } }),
    ]
    const plan = planInboundMails(mails, context(mails, { messageRowsByMessageId: new Map([["hd.ours@shop.test", ours]]) }))
    expect(plan.failed_message_ids).toEqual(["msg_ours"])
    expect(plan.failed_message_errors).toEqual({ msg_ours: "Bounced: 5.1.1 bob@example.org — User unknown" })
    expect(plan.records.map((r) => [r.id, r.status])).toEqual([["inml_d1", "skipped"], ["inml_d2", "skipped"], ["inml_b1", "imported"]])
    expect(plan.records[0].reason).toBe("A delay warning for a mail this helpdesk sent (4.4.1 bob@example.org). The receiving server is still trying; the mail stays as sent.")
    // Naming no mail of ours, it is an automatic reply like any other.
    expect(plan.records[1].reason).toMatch(/automatic reply; it opens no ticket/)
  })

  it("takes a mail carrying a Message-ID the helpdesk made for its own, stored or not", () => {
    const mails = [mail("own", { message_id: "hd.x@shop.test" })]
    expect(planInboundMails(mails, context(mails)).records).toMatchObject([{ status: "skipped", reason: "This is a mail the helpdesk sent itself." }])
  })

  it("files a forward tag as a colleague's message only from an address the ticket was forwarded to", () => {
    const tagged = (key: string, address: string) =>
      mail(key, { from: { address, name: "" }, subject: "Re: Old matter [ID:111111]", ticket_ref: { number: "111111", kind: "forward" } })
    const mails = [tagged("colleague", "Warehouse@shop.test"), tagged("stranger", "stranger@example.org")]
    const plan = planInboundMails(mails, context(mails, { forwardedTo: new Map([["tkt_closed", new Set(["warehouse@shop.test"])]]) }))
    expect(plan.messages.map((m) => [m.ref, m.data.author_type, m.data.kind])).toEqual([
      [{ ticket_id: "tkt_closed" }, "colleague", "forward"],
      [{ new_ticket: 0 }, "customer", "message"],
    ])
  })
})
