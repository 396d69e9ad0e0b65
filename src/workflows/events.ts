/** Events this plugin emits; other plugins subscribe to these names. */
export const HelpdeskEvents = {
  TICKET_CREATED: "helpdesk.ticket.created",
  TICKET_UPDATED: "helpdesk.ticket.updated",
  TICKET_CLOSED: "helpdesk.ticket.closed",
  TICKET_REOPENED: "helpdesk.ticket.reopened",
  TICKET_CANCELLED: "helpdesk.ticket.cancelled",
  TICKET_DELETED: "helpdesk.ticket.deleted",
  TICKET_RESTORED: "helpdesk.ticket.restored",
  TICKET_ACCEPTED: "helpdesk.ticket.accepted",
  /** The sender of a ticket in Pending confirmation followed the confirmation link; it is New now. */
  TICKET_CONFIRMED: "helpdesk.ticket.confirmed",
  TICKET_ASSIGNED: "helpdesk.ticket.assigned",
  TICKET_DELETED_PERMANENTLY: "helpdesk.ticket.deleted_permanently",
  NOTE_CREATED: "helpdesk.note.created",
  /** A reply or forward is stored and waits to be sent; the mail-out worker delivers it. */
  MESSAGE_OUTBOUND: "helpdesk.message.outbound",
  /** Outgoing mail was stored in the outbox ({ ids }); the delivery worker sends it. */
  OUTBOUND_MAIL_QUEUED: "helpdesk.outbound_mail.queued",
  /** The SMTP server took an outgoing mail ({ id }). */
  OUTBOUND_MAIL_SENT: "helpdesk.outbound_mail.sent",
  /** An outgoing mail failed for good ({ id }); an agent can resend it. */
  OUTBOUND_MAIL_FAILED: "helpdesk.outbound_mail.failed",
  /** A customer's message was added to a ticket (any channel). */
  MESSAGE_RECEIVED: "helpdesk.message.received",
  /** An automatic mail (auto-reply, bounce) was filed on a ticket; it triggers nothing. */
  MESSAGE_AUTO_RECEIVED: "helpdesk.message.auto_received",
  /** A bounce said an outgoing message was not delivered; its delivery status is now failed. */
  MESSAGE_BOUNCED: "helpdesk.message.bounced",
  /** A store customer proved an address ({ customer_id, email }): its requests now show in their cabinet. */
  CUSTOMER_EMAIL_PROVEN: "helpdesk.customer_email.proven",
  MAILBOX_CREATED: "helpdesk.mailbox.created",
  MAILBOX_UPDATED: "helpdesk.mailbox.updated",
  MAILBOX_DELETED: "helpdesk.mailbox.deleted",
  /** A mail could not be parsed or stored; it is kept raw for an agent to retry. */
  MAIL_UNPROCESSABLE: "helpdesk.mail.unprocessable",
  /**
   * An agent acted on a customer's order from a ticket through Medusa's own
   * workflows ({ ticket_id, order_id, actor_id, ... what was done }).
   */
  ORDER_CANCELED: "helpdesk.order.canceled",
  ORDER_REFUNDED: "helpdesk.order.refunded",
  ORDER_RETURN_RECEIVED: "helpdesk.order.return_received",
  /** The order confirmation went out again; a store that sends it itself can subscribe to this. */
  ORDER_CONFIRMATION_RESENT: "helpdesk.order.confirmation_resent",
} as const

const ACTION_EVENTS: Record<string, string> = {
  close: HelpdeskEvents.TICKET_CLOSED,
  reopen: HelpdeskEvents.TICKET_REOPENED,
  cancel: HelpdeskEvents.TICKET_CANCELLED,
  delete: HelpdeskEvents.TICKET_DELETED,
  restore: HelpdeskEvents.TICKET_RESTORED,
  accept: HelpdeskEvents.TICKET_ACCEPTED,
  confirm: HelpdeskEvents.TICKET_CONFIRMED,
}

/** The event a status action emits; actions added by merchants get `helpdesk.ticket.<action>`. */
export function ticketActionEvent(action: string): string {
  return ACTION_EVENTS[action] ?? `helpdesk.ticket.${action}`
}
