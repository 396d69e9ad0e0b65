/** What a sender needs of an outbox record. */
export interface OutboundMailRow {
  id: string
  kind: "reply" | "forward" | "receipt" | "confirmation" | "notification" | "email_link"
  ticket_id: string | null
  ticket_message_id: string | null
  mailbox_id: string | null
  sender: "mailbox" | "noreply"
  from_address: string
  from_name: string | null
  reply_to: string | null
  to: string[]
  cc: string[] | null
  bcc: string[] | null
  subject: string
  body_text: string
  body_html: string | null
  message_id: string
  in_reply_to: string | null
  references: string[] | null
  headers: Record<string, string> | null
  attachments: OutboundAttachment[] | null
  attempts: number
}

export interface OutboundAttachment {
  file_id: string
  filename: string
  content_type: string
  size?: number | null
}
