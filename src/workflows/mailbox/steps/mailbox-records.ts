import { createRecordsStep, deleteRecordsStep, updateRecordStep } from "../../common/record-steps"

export const createMailboxesStep = createRecordsStep<Record<string, unknown>>("create-mailboxes", "Mailboxes")

export const updateMailboxStep = updateRecordStep<{ id: string } & Record<string, unknown>>(
  "update-mailbox",
  "Mailboxes"
)

export const MAILBOX_STORED_FIELDS = [
  "name", "address", "language", "enabled", "imap_host", "imap_port", "imap_secure", "imap_user",
  "imap_password_encrypted", "imap_folder", "after_import", "move_to_folder", "smtp_host", "smtp_port",
  "smtp_secure", "smtp_user", "smtp_password_encrypted", "signature", "receipt_template",
  "confirmation_template", "templates", "receipt_enabled", "antispam_enabled", "noreply_address", "reply_mode",
  "sales_channel_id", "default_department_id", "checkpoint", "imported_count",
]

export const deleteMailboxesStep = deleteRecordsStep("delete-mailboxes", "Mailboxes", MAILBOX_STORED_FIELDS)
