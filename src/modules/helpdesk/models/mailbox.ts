import { model } from "@medusajs/framework/utils"

/**
 * An address customers write to. Passwords are stored encrypted
 * (`*_password_encrypted`) and never leave the server. The collector keeps its
 * place in `checkpoint` ({ uid_validity, last_uid }) and never relies on the
 * server's Seen flag, which another mail client may set.
 */
export const Mailbox = model
  .define({ name: "mailbox", tableName: "helpdesk_mailbox" }, {
    id: model.id({ prefix: "mbox" }).primaryKey(),
    name: model.text(),
    address: model.text(),
    language: model.text().nullable(),
    enabled: model.boolean().default(true),
    imap_host: model.text(),
    imap_port: model.number().default(993),
    imap_secure: model.boolean().default(true),
    imap_user: model.text(),
    imap_password_encrypted: model.text().nullable(),
    imap_folder: model.text().default("INBOX"),
    after_import: model.enum(["keep", "move"]).default("keep"),
    move_to_folder: model.text().nullable(),
    smtp_host: model.text().nullable(),
    smtp_port: model.number().nullable(),
    smtp_secure: model.boolean().default(true),
    smtp_user: model.text().nullable(),
    smtp_password_encrypted: model.text().nullable(),
    signature: model.text().nullable(),
    receipt_template: model.text().nullable(),
    confirmation_template: model.text().nullable(),
    receipt_enabled: model.boolean().default(true),
    antispam_enabled: model.boolean().default(false),
    /** Receipts and confirmations come from here when set, through its own SMTP server. */
    noreply_address: model.text().nullable(),
    noreply_smtp_host: model.text().nullable(),
    noreply_smtp_port: model.number().nullable(),
    noreply_smtp_secure: model.boolean().default(true),
    noreply_smtp_user: model.text().nullable(),
    noreply_smtp_password_encrypted: model.text().nullable(),
    /** Overrides of the default mail templates by kind (e.g. reply_link), beside the columns above. */
    templates: model.json().nullable(),
    reply_mode: model.enum(["full", "link"]).default("full"),
    sales_channel_id: model.text().nullable(),
    default_department_id: model.text().nullable(),
    checkpoint: model.json().nullable(),
    // A lease, not a lock held in memory: another process (or a crashed one) can
    // only take the mailbox over once the lease has run out.
    lease_token: model.text().nullable(),
    lease_expires_at: model.dateTime().nullable(),
    last_check_at: model.dateTime().nullable(),
    last_success_at: model.dateTime().nullable(),
    last_error: model.text().nullable(),
    last_error_at: model.dateTime().nullable(),
    imported_count: model.number().default(0),
  })
  .indexes([{ on: ["address"] }])
