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
  delivery_error?: string | null
  attachments?: { id: string; filename: string; content_type: string; size: number; inline: boolean }[]
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
  claimed_by_id: string | null
  claim_expires_at: string | null
  language: string | null
  last_message_at: string | null
  /** In lists: a customer wrote since you last opened it. */
  unread?: boolean
  closed_at: string | null
  archived_at: string | null
  created_at: string
  updated_at: string
  custom_fields?: Record<string, unknown> | null
  department?: { id: string; name: string } | null
  messages?: AdminTicketMessage[]
  events?: AdminTicketEvent[]
  watchers?: { user_id: string }[]
}

export interface AdminTicketStatus {
  id: string
  label: string
  color: string
  is_open: boolean
}

export interface AdminTicketAction {
  id: string
  label: string
  actor_types: string[]
  transitions: Record<string, string | null>
}

export interface AdminTicketWorkflow {
  statuses: AdminTicketStatus[]
  actions: AdminTicketAction[]
}

export interface AdminDepartment {
  id: string
  name: string
  description: string | null
  is_public: boolean
  members: { id: string; user_id: string; user?: { email: string; first_name: string | null; last_name: string | null } }[]
}

export interface AdminUser {
  id: string
  email: string
  first_name: string | null
  last_name: string | null
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
  assignee_id?: string
  unread?: boolean
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

export interface AdminPanelCustomer {
  id: string
  first_name: string | null
  last_name: string | null
  email: string
  phone: string | null
  has_account: boolean
  created_at: string
}

export interface AdminPanelOrder {
  id: string
  display_id: number
  created_at: string
  currency_code: string
  total: number
  original_total: number | null
  status: string
  payment_status: string
  fulfillment_status: string
  items: {
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    quantity: number
    unit_price: number
    thumbnail: string | null
  }[]
  /** The ticket's own order. */
  linked: boolean
}

/** GET /admin/helpdesk/tickets/:id/context: what the panel beside a ticket shows. */
export interface AdminTicketContext {
  ticket_id: string
  contact: { email: string; name: string | null }
  customer: AdminPanelCustomer | null
  /** Guest tickets: customers with the contact's email, to offer "link to customer". */
  matching_customers: AdminPanelCustomer[]
  customer_notes: { id: string; customer_id: string; author_id: string | null; body: string; created_at: string; updated_at: string }[]
  other_tickets: Pick<AdminTicket, "id" | "number" | "subject" | "status" | "channel" | "unread" | "last_message_at" | "created_at" | "updated_at">[]
  other_tickets_count: number
  orders: AdminPanelOrder[]
  orders_count: number
  orders_offset: number
  orders_limit: number
  orders_next_offset: number | null
}

export interface AdminTicketContextQuery {
  orders_limit?: number
  orders_offset?: number
}
