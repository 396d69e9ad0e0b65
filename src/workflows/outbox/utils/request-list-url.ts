import { HelpdeskModuleService } from "../../../modules/helpdesk"

/**
 * REQUEST_LIST_URL for a contact: their permanent, revocable guest link.
 * Placeholder until the signed-link work lands (wip-tokens).
 */
export async function requestListUrl(helpdesk: HelpdeskModuleService, _email: string): Promise<string> {
  return `${(helpdesk.getOptions() as { publicUrl?: string }).publicUrl ?? "http://localhost:9000"}/helpdesk/requests`
}
