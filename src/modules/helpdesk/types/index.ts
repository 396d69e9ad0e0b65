export type TicketMessageKind = "message" | "note" | "forward" | "system"
export type AuthorType = "customer" | "agent" | "colleague" | "system"

export interface CreateTicketInput {
  subject: string
  status?: string
  channel: string
  contact_email: string
  contact_name?: string | null
  customer_id?: string | null
  department_id?: string | null
  assignee_id?: string | null
  order_id?: string | null
  language?: string | null
  mailbox_id?: string | null
  custom_fields?: Record<string, unknown> | null
  last_message_at?: Date | null
  last_customer_message_at?: Date | null
  metadata?: Record<string, unknown> | null
}

export interface CreateTicketMessageInput {
  ticket_id: string
  kind?: TicketMessageKind
  author_type: AuthorType
  author_id?: string | null
  author_email?: string | null
  author_name?: string | null
  body_text?: string
  body_html?: string | null
  message_id?: string | null
  in_reply_to?: string | null
  references?: string[] | null
  delivery_status?: "pending" | "sending" | "sent" | "failed" | null
  delivery_error?: string | null
  recipients?: { to: string[]; cc: string[]; bcc: string[] } | null
  raw_file_id?: string | null
  quoted_text?: string | null
  inbound_mail_id?: string | null
}

export interface CreateTicketEventInput {
  ticket_id: string
  type: string
  actor_type: AuthorType
  actor_id?: string | null
  data?: Record<string, unknown> | null
}

export type InboundMailStatus = "received" | "imported" | "skipped" | "failed"

export interface InboundMailRecordInput {
  mailbox_id: string
  dedupe_key: string
  uid_validity?: string | null
  uid?: string | null
  message_id?: string | null
  from_address?: string | null
  subject?: string | null
  sent_at?: Date | null
  size?: number
  status?: InboundMailStatus
  reason?: string | null
  auto?: string | null
  raw_file_id?: string | null
}

export interface InboundMailRecord {
  id: string
  mailbox_id: string
  dedupe_key: string
  status: InboundMailStatus
  reason: string | null
  ticket_id: string | null
  ticket_message_id: string | null
  raw_file_id: string | null
  attempts: number
}

/** A row of an inbound batch points at an existing ticket or at one the batch opens. */
export type InboundTicketRef = { ticket_id: string } | { new_ticket: number }

export interface InboundBatchAttachment {
  file_id: string
  filename: string
  content_type: string
  size: number
  inline: boolean
  content_id: string | null
}

/** Everything one batch of mail writes, decided beforehand; stored in one transaction. */
export interface InboundBatchInput {
  new_tickets: CreateTicketInput[]
  ticket_updates: { id: string; [field: string]: unknown }[]
  messages: {
    ref: InboundTicketRef
    data: Omit<CreateTicketMessageInput, "ticket_id">
    attachments: InboundBatchAttachment[]
  }[]
  events: { ref: InboundTicketRef; type: string; actor_type: AuthorType; data: Record<string, unknown> }[]
  failed_message_ids: string[]
  /** By message id: why its mail bounced, shown on it and on its outbound mail (e.g. "Bounced: 5.1.1 bob@example.com — User unknown"). */
  failed_message_errors?: Record<string, string>
  /**
   * Records of mail new to this batch, written with their final status with
   * the rest: a mail is recorded in the same transaction that stores it.
   */
  new_records?: (InboundMailRecordInput & { id: string })[]
  records: {
    id: string
    status: InboundMailStatus
    reason: string | null
    ref: InboundTicketRef | null
    message_index: number | null
    existing_message_id?: string
  }[]
}

/** What a stored batch changed, so a compensation can take it back. */
export interface InboundBatchUndo {
  ticket_ids: string[]
  message_ids: string[]
  ticket_before: { id: string; [field: string]: unknown }[]
  messages_before: { id: string; delivery_status: string | null; delivery_error?: string | null }[]
  /** Outbound mails a bounce marked failed, as they were. */
  outbound_before?: { id: string; status: string; last_error: string | null }[]
  records_before: { id: string; status: string; reason: string | null; ticket_id: string | null; ticket_message_id: string | null }[]
  /** Records the batch wrote. */
  record_ids: string[]
}

export interface InboundBatchResult {
  tickets: { id: string; number: string; status: string }[]
  message_ids: string[]
  undo: InboundBatchUndo
}
