/** One line an agent reads in a notification: who did what. */
export function describeHappening(event: string, data: Record<string, unknown>, actor: string | null): string {
  const who = actor ?? "Someone"
  const action = typeof data.action === "string" ? data.action.replace(/_/g, " ") : null
  switch (event) {
    case "helpdesk.ticket.created":
      return "A new request came in."
    case "helpdesk.ticket.assigned":
      return `${who} assigned the ticket.`
    case "helpdesk.message.received":
      return "The customer wrote."
    case "helpdesk.note.created":
      return `${who} added an internal note.`
    case "helpdesk.message.outbound":
      return data.kind === "forward" ? `${who} forwarded the ticket to ${String(data.to ?? "a colleague")}.` : `${who} replied to the customer.`
    case "helpdesk.ticket.updated":
      return `${who} changed ${Array.isArray(data.changed) ? data.changed.join(", ") : "the ticket"}.`
    default:
      return action ? `${who}: ${action}${data.to ? ` (now ${String(data.to).replace(/_/g, " ")})` : ""}.` : `${who} changed the ticket.`
  }
}
