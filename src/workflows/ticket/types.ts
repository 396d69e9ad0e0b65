import { AuthorType, CreateTicketInput } from "../../modules/helpdesk"

export interface TicketActor {
  type: AuthorType
  id?: string | null
}

/** A new ticket; `contact_email` may be left to the customer or order. */
export type CreateTicketWorkflowInput = Omit<CreateTicketInput, "contact_email"> & {
  contact_email?: string | null
  /** The request itself, stored as the ticket's first message. */
  message?: {
    body_text: string
    /** Who wrote it: the customer (e.g. taken down from a phone call) or the agent. */
    author_type?: "customer" | "agent"
    /** Files stored through the File module with it. */
    attachments?: TicketFile[]
  } | null
}

export interface CreateTicketsWorkflowInput {
  tickets: CreateTicketWorkflowInput[]
  actor: TicketActor
  additional_data?: Record<string, unknown>
}

/** A file stored through the File module that a message carries. */
export interface TicketFile {
  file_id: string
  filename: string
  content_type: string
  size: number
}
