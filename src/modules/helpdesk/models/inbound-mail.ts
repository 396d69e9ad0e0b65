import { model } from "@medusajs/framework/utils"

/**
 * One mail taken from a mailbox, whatever became of it. The unique
 * (mailbox, dedupe key) pair is what keeps a mail from being imported twice:
 * the key is the Message-ID, or a hash of the content when there is none.
 * `failed` rows keep the raw mail for an agent to look at and retry.
 */
export const InboundMail = model
  .define({ name: "inbound_mail", tableName: "helpdesk_inbound_mail" }, {
    id: model.id({ prefix: "inml" }).primaryKey(),
    mailbox_id: model.text(),
    dedupe_key: model.text(),
    uid_validity: model.text().nullable(),
    uid: model.text().nullable(),
    message_id: model.text().nullable(),
    from_address: model.text().nullable(),
    subject: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
    size: model.number().default(0),
    status: model.enum(["received", "imported", "skipped", "failed"]).default("received"),
    /** Why it was skipped (auto mail, duplicate, rate limit) or what failed. */
    reason: model.text().nullable(),
    auto: model.text().nullable(),
    raw_file_id: model.text().nullable(),
    ticket_id: model.text().nullable(),
    ticket_message_id: model.text().nullable(),
    attempts: model.number().default(0),
  })
  .indexes([
    { on: ["mailbox_id", "dedupe_key"], unique: true },
    { on: ["mailbox_id", "status", "created_at"] },
    { on: ["mailbox_id", "from_address", "created_at"] },
  ])
