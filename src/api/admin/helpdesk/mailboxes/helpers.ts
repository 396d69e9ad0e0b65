import { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"

/** What routes show of a mailbox: every setting and its health, never a password. */
export const MAILBOX_PUBLIC_FIELDS = [
  "id", "name", "address", "language", "enabled", "imap_host", "imap_port", "imap_secure", "imap_user",
  "imap_folder", "after_import", "move_to_folder", "smtp_host", "smtp_port", "smtp_secure", "smtp_user",
  "signature", "receipt_template", "confirmation_template", "templates", "receipt_enabled", "antispam_enabled",
  "noreply_address", "noreply_smtp_host", "noreply_smtp_port", "noreply_smtp_secure", "noreply_smtp_user", "reply_mode", "sales_channel_id", "default_department_id", "last_check_at",
  "last_success_at", "last_error", "last_error_at", "imported_count", "created_at", "updated_at",
] as const

type MailboxRow = Record<string, unknown> & { id: string }

export async function listMailboxes(container: MedusaContainer, filters: Record<string, unknown> = {}) {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const rows = (await helpdesk.listMailboxes(filters, {
    select: [...MAILBOX_PUBLIC_FIELDS, "imap_password_encrypted", "smtp_password_encrypted", "noreply_smtp_password_encrypted"],
    order: { name: "ASC" },
  })) as unknown as MailboxRow[]
  const failed = await helpdesk.countInboundByStatus(rows.map((r) => r.id), "failed")
  return rows.map(({ imap_password_encrypted, smtp_password_encrypted, noreply_smtp_password_encrypted, ...row }) => ({
    ...row,
    // Whether a password is stored, so the form can say so; the password itself never leaves.
    imap_password_set: !!imap_password_encrypted,
    smtp_password_set: !!smtp_password_encrypted,
    noreply_smtp_password_set: !!noreply_smtp_password_encrypted,
    unprocessable_count: failed.get(row.id) ?? 0,
  }))
}

export async function refetchMailbox(container: MedusaContainer, id: string) {
  const [mailbox] = await listMailboxes(container, { id })
  if (!mailbox) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Mailbox ${id} was not found.`)
  }
  return mailbox
}

/** Says which stored passwords an edit of the server settings dropped. */
export function passwordsClearedMessage(kinds: ("imap" | "smtp" | "noreply")[]): string {
  const names = kinds.map((kind) => (kind === "noreply" ? "no-reply SMTP" : kind.toUpperCase())).join(" and ")
  return `The ${names} server settings changed, so the stored ${names} password was cleared rather than sent to the new server: enter it again.`
}
