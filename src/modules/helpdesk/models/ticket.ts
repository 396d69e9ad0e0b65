import { model } from "@medusajs/framework/utils"
import { Department } from "./department"
import { TicketEvent } from "./ticket-event"
import { TicketMessage } from "./ticket-message"
import { TicketRead } from "./ticket-read"
import { TicketWatcher } from "./ticket-watcher"

/**
 * One conversation with a customer. `status` and `channel` are text ids, not
 * database enums: statuses come from workflow data and channels from a
 * registry, both of which merchants and other plugins can extend.
 */
export const Ticket = model
  .define({ name: "ticket", tableName: "helpdesk_ticket" }, {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    number: model.text().searchable(),
    subject: model.text().searchable(),
    status: model.text().default("new"),
    status_before_delete: model.text().nullable(),
    channel: model.text(),
    customer_id: model.text().nullable(),
    contact_email: model.text().searchable(),
    contact_name: model.text().searchable().nullable(),
    department: model
      .belongsTo(() => Department, { mappedBy: "tickets" })
      .nullable(),
    assignee_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** The agent working on it right now (SPEC §6 "Claim"); others must take it over to act. */
    claimed_by_id: model.text().nullable(),
    /** Set when this ticket was merged into another: it only points there now. */
    merged_into_id: model.text().nullable(),
    claim_expires_at: model.dateTime().nullable(),
    language: model.text().nullable(),
    /** The mailbox the request came to; replies go out from it. */
    mailbox_id: model.text().nullable(),
    custom_fields: model.json().nullable(),
    last_message_at: model.dateTime().nullable(),
    /** The customer's latest message; newer than an agent's last look means unread for them. */
    last_customer_message_at: model.dateTime().nullable(),
    customer_read_at: model.dateTime().nullable(),
    closed_at: model.dateTime().nullable(),
    archived_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    messages: model.hasMany(() => TicketMessage, { mappedBy: "ticket" }),
    events: model.hasMany(() => TicketEvent, { mappedBy: "ticket" }),
    watchers: model.hasMany(() => TicketWatcher, { mappedBy: "ticket" }),
    reads: model.hasMany(() => TicketRead, { mappedBy: "ticket" }),
  })
  .cascades({ delete: ["messages", "events", "watchers", "reads"] })
  .indexes([
    { on: ["number"], unique: true },
    { on: ["status", "updated_at"] },
    { on: ["created_at"] },
    // Newest-first scans, e.g. full-text search of a common word.
    { on: ["updated_at"] },
    { on: ["last_message_at"] },
    { on: ["last_customer_message_at"] },
    { on: ["customer_id"] },
    { on: ["order_id"] },
    { on: ["assignee_id"] },
    { on: ["channel"] },
    { on: ["contact_email"] },
    { on: ["mailbox_id"] },
  ])
