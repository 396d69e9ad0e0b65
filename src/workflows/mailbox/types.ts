import { MailboxTemplateOverrides } from "../../lib/templates/mail-templates"
import { InboundBatchAttachment } from "../../modules/helpdesk"

/** A mailbox as an admin edits it: passwords in plain text, write-only. */
export interface MailboxInput {
  name: string
  address: string
  language?: string | null
  enabled?: boolean
  imap_host: string
  imap_port?: number
  imap_secure?: boolean
  imap_user: string
  /** undefined keeps the stored password; null removes it. */
  imap_password?: string | null
  imap_folder?: string
  after_import?: "keep" | "move"
  move_to_folder?: string | null
  smtp_host?: string | null
  smtp_port?: number | null
  smtp_secure?: boolean
  smtp_user?: string | null
  smtp_password?: string | null
  signature?: string | null
  receipt_template?: string | null
  confirmation_template?: string | null
  /** Merged into the stored overrides, as Medusa merges JSON on update; null clears them all. `resetMailboxTemplateWorkflow` removes one. */
  templates?: MailboxTemplateOverrides | null
  receipt_enabled?: boolean
  antispam_enabled?: boolean
  noreply_address?: string | null
  noreply_smtp_host?: string | null
  noreply_smtp_port?: number | null
  noreply_smtp_secure?: boolean
  noreply_smtp_user?: string | null
  noreply_smtp_password?: string | null
  reply_mode?: "full" | "link"
  sales_channel_id?: string | null
  default_department_id?: string | null
}

export type UpdateMailboxInput = { id: string } & Partial<MailboxInput>

/** An attachment already in the File module. */
export type StoredAttachment = InboundBatchAttachment

/**
 * A fetched mail, parsed, with its raw source and attachments already in the
 * File module: what the import workflow stores. No file contents travel in
 * workflow data.
 */
export interface InboundMailPayload {
  dedupe_key: string
  uid: string | null
  uid_validity: string | null
  size: number
  raw_file_id: string | null
  /** Set when the mail could not be read: it is recorded as unprocessable. */
  error?: string | null
  message_id?: string | null
  in_reply_to?: string | null
  references?: string[]
  from?: { address: string; name: string }
  subject?: string
  sent_at?: string | null
  text?: string
  reply?: string
  html?: string | null
  auto?: "auto-reply" | "bounce" | "bulk" | null
  ticket_ref?: { number: string; kind: "ticket" | "forward" } | null
  bounced_message_id?: string | null
  /** What a delivery report says (a bounce, or a delay warning), with the server's sentence when it gives one. */
  delivery?: InboundDelivery | null
  attachments?: StoredAttachment[]
  skipped_attachments?: { filename: string; content_type: string; size: number }[]
}

export interface InboundDelivery {
  action: "failed" | "delayed"
  recipient: string | null
  status: string | null
  /** The Message-ID the report is about, without angle brackets. */
  message_id: string | null
  /** The server's own words, one short line (see deliveryDiagnostic). */
  diagnostic: string | null
}

export interface ImportInboundMailsInput {
  mailbox_id: string
  mails: InboundMailPayload[]
  /** An agent's retry: imports mail that was skipped (e.g. held by the rate limit). */
  force?: boolean
}
