/** Events this plugin emits; other plugins subscribe to these names. */
export const HelpdeskEvents = {
  TICKET_CREATED: "helpdesk.ticket.created",
} as const
