import { HelpdeskModuleService } from "../../../modules/helpdesk"

/** The ticket's page in the Medusa admin (served under /app), for agents' notifications. */
export function adminTicketUrl(helpdesk: HelpdeskModuleService, ticketId: string): string {
  const base = ((helpdesk.getOptions() as { publicUrl?: string }).publicUrl ?? "http://localhost:9000").replace(/\/+$/, "")
  return `${base}/app/helpdesk/${encodeURIComponent(ticketId)}`
}
