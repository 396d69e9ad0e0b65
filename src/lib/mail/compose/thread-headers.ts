export interface ThreadMessage {
  message_id: string | null
  kind: string
  author_type: string
  created_at: Date | string
}

/** RFC 5322 asks for the whole chain; clients cope with far fewer, and headers have limits. */
const MAX_REFERENCES = 20

/**
 * In-Reply-To and References for a new mail on a ticket's thread: it answers
 * the customer's latest message, and refers to the thread's public messages
 * oldest first (the first and the most recent when the thread is long), so
 * the customer's mail client files it under the conversation.
 */
export function threadHeaders(messages: ThreadMessage[]): { in_reply_to: string | null; references: string[] | null } {
  const thread = messages
    .filter((m) => m.kind === "message" && m.message_id)
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  if (!thread.length) return { in_reply_to: null, references: null }
  const lastCustomer = [...thread].reverse().find((m) => m.author_type === "customer")
  const ids = [...new Set(thread.map((m) => m.message_id!))]
  const references = ids.length > MAX_REFERENCES ? [ids[0], ...ids.slice(-(MAX_REFERENCES - 1))] : ids
  return { in_reply_to: (lastCustomer ?? thread[thread.length - 1]).message_id, references }
}
