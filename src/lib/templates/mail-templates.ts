// Placeholder until the template work lands (wip-templates): same API.
export type MailTemplateKind = "signature" | "reply_link" | "receipt" | "confirmation" | "notify_new_ticket" | "notify_assigned" | "notify_customer_replied" | "notify_watched" | "auto_close"
export interface MailTemplate { subject: string; body: string }
export function defaultMailTemplate(kind: MailTemplateKind, _language?: string | null): MailTemplate {
  if (kind === "signature") return { subject: "", body: "--\n{{MY_NAME}}" }
  if (kind === "reply_link") return { subject: "", body: "{{MY_NAME}} answered your request #{{TICKET_NUMBER}}. Read it here: {{REQUEST_LIST_URL}}" }
  if (kind === "receipt") return { subject: "{{TICKET_SUBJECT}}", body: "We received your request #{{TICKET_NUMBER}}. Your requests: {{REQUEST_LIST_URL}}" }
  if (kind === "confirmation") return { subject: "Please confirm: {{TICKET_SUBJECT}}", body: "Confirm your request #{{TICKET_NUMBER}}: {{REQUEST_CONFIRM_URL}}" }
  if (kind.startsWith("notify_")) return { subject: "#{{TICKET_NUMBER}} {{TICKET_SUBJECT}}", body: "{{MESSAGE}}\n\n{{TICKET_URL}}" }
  if (kind === "auto_close") return { subject: "{{TICKET_SUBJECT}}", body: "Your request #{{TICKET_NUMBER}} was closed. Reply to reopen it." }
  return { subject: "", body: "" }
}
export function mailboxTemplate(
  mailbox: { signature?: string | null; receipt_template?: string | null; confirmation_template?: string | null; templates?: unknown },
  kind: MailTemplateKind,
  language?: string | null
): MailTemplate {
  const d = defaultMailTemplate(kind, language)
  return kind === "signature" && mailbox.signature ? { ...d, body: mailbox.signature } : d
}
