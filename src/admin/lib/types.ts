export interface AdminTicketMessage {
  id: string
  kind: "message" | "note" | "forward" | "system"
  author_type: "customer" | "agent" | "colleague" | "system"
  author_id: string | null
  author_email: string | null
  author_name: string | null
  body_text: string
  body_html: string | null
  delivery_status: string | null
  created_at: string
}

export interface AdminTicketEvent {
  id: string
  type: string
  actor_type: string
  actor_id: string | null
  data: Record<string, unknown> | null
  created_at: string
}

export interface AdminTicket {
  id: string
  number: string
  subject: string
  status: string
  channel: string
  contact_email: string
  contact_name: string | null
  customer_id: string | null
  order_id: string | null
  department_id: string | null
  assignee_id: string | null
  language: string | null
  last_message_at: string | null
  closed_at: string | null
  archived_at: string | null
  created_at: string
  updated_at: string
  custom_fields?: Record<string, unknown> | null
  department?: { id: string; name: string } | null
  messages?: AdminTicketMessage[]
  events?: AdminTicketEvent[]
}

export interface AdminTicketListResponse {
  tickets: AdminTicket[]
  count: number
  offset: number
  limit: number
}

export interface AdminTicketsQuery {
  limit?: number
  offset?: number
  q?: string
  status?: string[]
  order?: string
}

export interface AdminCreateTicketBody {
  subject: string
  contact_email?: string
  contact_name?: string
  customer_id?: string
  order_id?: string
  message?: { body_text: string; author_type?: "customer" | "agent" }
}
