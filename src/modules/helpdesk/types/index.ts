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
  raw_file_id?: string | null
}

export interface CreateTicketEventInput {
  ticket_id: string
  type: string
  actor_type: AuthorType
  actor_id?: string | null
  data?: Record<string, unknown> | null
}
