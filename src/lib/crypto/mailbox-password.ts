import { decryptSecret, encryptSecret } from "./secret-box"

/** "noreply" is the mailbox's no-reply sender for receipts and confirmations, with a server of its own. */
export type MailServerKind = "imap" | "smtp" | "noreply"

/** The settings that say which server a password is sent to. */
export const MAIL_SERVER_FIELDS = {
  imap: ["imap_host", "imap_port", "imap_user", "imap_secure"],
  smtp: ["smtp_host", "smtp_port", "smtp_user", "smtp_secure"],
  noreply: ["noreply_smtp_host", "noreply_smtp_port", "noreply_smtp_user", "noreply_smtp_secure"],
} as const

export const PASSWORD_FIELD = {
  imap: "imap_password_encrypted",
  smtp: "smtp_password_encrypted",
  noreply: "noreply_smtp_password_encrypted",
} as const

type MailboxServerRow = Partial<Record<(typeof MAIL_SERVER_FIELDS)[MailServerKind][number], unknown>>

/** The server a password belongs to, as the authenticated data of its ciphertext. */
export function serverBinding(kind: MailServerKind, mailbox: MailboxServerRow): string {
  return JSON.stringify([kind, ...MAIL_SERVER_FIELDS[kind].map((field) => mailbox[field] ?? null)])
}

/** Whether `changes` point the password of `kind` at another server than `current`. */
export function serverChanged(kind: MailServerKind, current: MailboxServerRow, changes: MailboxServerRow): boolean {
  return MAIL_SERVER_FIELDS[kind].some((field) => changes[field] !== undefined && (changes[field] ?? null) !== (current[field] ?? null))
}

export function encryptMailboxPassword(kind: MailServerKind, mailbox: MailboxServerRow, plain: string, secret: string | undefined | null): string {
  return encryptSecret(plain, secret, serverBinding(kind, mailbox))
}

/** The stored password of `kind`, readable only with the server settings it was saved for; "" when none. */
export function decryptMailboxPassword(
  kind: MailServerKind,
  mailbox: MailboxServerRow & Partial<Record<(typeof PASSWORD_FIELD)[MailServerKind], string | null>>,
  secret: string | undefined | null
): string {
  const stored = mailbox[PASSWORD_FIELD[kind]]
  return stored ? decryptSecret(stored, secret, serverBinding(kind, mailbox)) : ""
}
