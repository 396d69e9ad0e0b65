import { model } from "@medusajs/framework/utils"
import { Ticket } from "./ticket"
import { TicketAttachment } from "./ticket-attachment"

/**
 * Anything written on a ticket. `kind` tells who may see it: customers see
 * only `message`; `note` and `forward` are internal.
 */
export const TicketMessage = model
  .define({ name: "ticket_message", tableName: "helpdesk_ticket_message" }, {
    id: model.id({ prefix: "tmsg" }).primaryKey(),
    ticket: model.belongsTo(() => Ticket, { mappedBy: "messages" }),
    kind: model.enum(["message", "note", "forward", "system"]).default("message"),
    author_type: model.enum(["customer", "agent", "colleague", "system"]),
    author_id: model.text().nullable(),
    author_email: model.text().nullable(),
    author_name: model.text().nullable(),
    body_text: model.text().default(""),
    // Stored only after sanitising; pages may render it as is.
    body_html: model.text().nullable(),
    /** Quoted history and signature cut from a mail, kept for "show quoted". */
    quoted_text: model.text().nullable(),
    /** The inbound mail this message came from; unique, so a mail is never stored twice. */
    inbound_mail_id: model.text().nullable(),
    message_id: model.text().nullable(),
    in_reply_to: model.text().nullable(),
    references: model.array().nullable(),
    delivery_status: model
      .enum(["pending", "sending", "sent", "failed"])
      .nullable(),
    /** Why the last delivery attempt failed, with the mail server's answer. */
    delivery_error: model.text().nullable(),
    /** Who an outgoing message went to: { to, cc, bcc }. */
    recipients: model.json().nullable(),
    raw_file_id: model.text().nullable(),
    attachments: model.hasMany(() => TicketAttachment, { mappedBy: "message" }),
  })
  .cascades({ delete: ["attachments"] })
  .indexes([
    { on: ["ticket_id", "created_at"] },
    { on: ["message_id"], where: "message_id IS NOT NULL" },
    { on: ["inbound_mail_id"], unique: true, where: "inbound_mail_id IS NOT NULL" },
    { on: ["delivery_status"], where: "delivery_status IS NOT NULL" },
  ])
