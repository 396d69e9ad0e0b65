import { model } from "@medusajs/framework/utils"

/**
 * One mail the helpdesk sends, stored before the first attempt (SPEC §6
 * "Outgoing mail": the outbox is the source of truth). Everything needed to
 * send it is here, rendered, so a retry sends the same bytes under the same
 * Message-ID. A worker claims a due record (`claim_token` until
 * `claim_expires_at`): a claim whose process died runs out and the record is
 * taken again. `ticket_message_id` names the message whose
 * `delivery_status` mirrors this record.
 */
export const OutboundMail = model
  .define({ name: "outbound_mail", tableName: "helpdesk_outbound_mail" }, {
    id: model.id({ prefix: "obm" }).primaryKey(),
    kind: model.enum(["reply", "forward", "receipt", "confirmation", "notification", "email_link"]),
    ticket_id: model.text().nullable(),
    ticket_message_id: model.text().nullable(),
    mailbox_id: model.text().nullable(),
    /** Whose SMTP server sends it: the mailbox's own, or its no-reply sender's. */
    sender: model.enum(["mailbox", "noreply"]).default("mailbox"),
    /** The agent a notification is for, so their preferences can be honoured and audited. */
    recipient_user_id: model.text().nullable(),
    from_address: model.text(),
    from_name: model.text().nullable(),
    reply_to: model.text().nullable(),
    to: model.array(),
    cc: model.array().nullable(),
    bcc: model.array().nullable(),
    subject: model.text(),
    body_text: model.text(),
    body_html: model.text().nullable(),
    /** Without angle brackets, like every stored message id. */
    message_id: model.text(),
    in_reply_to: model.text().nullable(),
    references: model.array().nullable(),
    /** Further headers, e.g. Auto-Submitted on automatic mail. */
    headers: model.json().nullable(),
    /** File-module ids with names and types; streamed from the provider when sent. */
    attachments: model.json().nullable(),
    status: model.enum(["pending", "sending", "sent", "failed"]).default("pending"),
    attempts: model.number().default(0),
    next_attempt_at: model.dateTime(),
    claim_token: model.text().nullable(),
    claim_expires_at: model.dateTime().nullable(),
    /** The last failure as a person can read it, with the server's answer. */
    last_error: model.text().nullable(),
    /** What the SMTP server said when it took the mail. */
    smtp_response: model.text().nullable(),
    sent_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["message_id"], unique: true },
    { on: ["next_attempt_at"], where: "status IN ('pending', 'sending')" },
    { on: ["ticket_message_id"], where: "ticket_message_id IS NOT NULL" },
    { on: ["ticket_id", "created_at"], where: "ticket_id IS NOT NULL" },
  ])
