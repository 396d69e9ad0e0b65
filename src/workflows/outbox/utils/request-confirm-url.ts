import { HelpdeskModuleService } from "../../../modules/helpdesk"

/**
 * REQUEST_CONFIRM_URL for a ticket waiting for its sender to confirm.
 * Placeholder until the signed-link work lands (wip-tokens).
 */
export async function requestConfirmUrl(helpdesk: HelpdeskModuleService, ticket: { id: string; contact_email: string }): Promise<string> {
  return `${(helpdesk.getOptions() as { publicUrl?: string }).publicUrl ?? "http://localhost:9000"}/helpdesk/confirm/${ticket.id}`
}
