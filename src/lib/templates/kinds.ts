import { TemplateVariable } from "./render"

/** Every mail the helpdesk writes from a template (SPEC §5 notifications, §6 "Templates"). */
export const MAIL_TEMPLATE_KINDS = [
  "signature",
  "reply_link",
  "receipt",
  "confirmation",
  "notify_new_ticket",
  "notify_assigned",
  "notify_customer_replied",
  "notify_watched",
  "auto_close",
  "email_link",
] as const
export type MailTemplateKind = (typeof MAIL_TEMPLATE_KINDS)[number]

/** A template as it is rendered: a subject (empty for kinds without one) and a plain-text body. */
export interface MailTemplate {
  subject: string
  body: string
}

export function isMailTemplateKind(value: string): value is MailTemplateKind {
  return (MAIL_TEMPLATE_KINDS as readonly string[]).includes(value)
}

/** A signature and a link-only reply are parts of an agent's reply mail, which has its own subject. */
export const KINDS_WITHOUT_SUBJECT: readonly MailTemplateKind[] = ["signature", "reply_link"]

export function hasSubject(kind: MailTemplateKind): boolean {
  return !KINDS_WITHOUT_SUBJECT.includes(kind)
}

const TICKET = ["CUSTOMER_NAME", "TICKET_NUMBER", "TICKET_SUBJECT", "STORE_NAME"] as const
const AGENT_NOTICE = [...TICKET, "MESSAGE", "TICKET_URL"] as const

/**
 * The variables each kind may use: the ones its sender knows when the mail is
 * written. A receipt has no agent and no answer yet; a confirmation's request
 * is not a ticket yet, so it has no number; MESSAGE (an answer's text) never
 * goes into a signature or a link-only reply, which exists to keep it out of mail.
 * TICKET_URL is the ticket's admin page: for agents' notices only.
 */
export const KIND_VARIABLES: Record<MailTemplateKind, readonly TemplateVariable[]> = {
  signature: ["MY_NAME", ...TICKET, "REQUEST_LIST_URL"],
  reply_link: ["MY_NAME", ...TICKET, "REQUEST_LIST_URL"],
  receipt: [...TICKET, "REQUEST_LIST_URL"],
  confirmation: ["CUSTOMER_NAME", "TICKET_SUBJECT", "REQUEST_CONFIRM_URL", "STORE_NAME"],
  notify_new_ticket: AGENT_NOTICE,
  // MY_NAME is the agent who acted (assigned, replied); it is empty when the system or the customer did.
  notify_assigned: ["MY_NAME", ...AGENT_NOTICE],
  notify_customer_replied: AGENT_NOTICE,
  notify_watched: ["MY_NAME", ...AGENT_NOTICE],
  auto_close: [...TICKET, "REQUEST_LIST_URL"],
  // A store customer asked to link the address's requests to their account; no ticket is involved.
  email_link: ["CUSTOMER_NAME", "REQUEST_LIST_URL", "STORE_NAME"],
}
