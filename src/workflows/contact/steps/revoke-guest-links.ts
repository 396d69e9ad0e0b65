import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const revokeGuestLinksStepId = "revoke-guest-links"

/**
 * Raises the contact's access version, so every guest link sent to the
 * address so far stops working; compensation lowers it again unless it
 * moved on since.
 */
export const revokeGuestLinksStep = createStep(
  revokeGuestLinksStepId,
  async (input: { email: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const contact = await helpdesk.revokeGuestLinks(input.email)
    return new StepResponse(contact, { id: contact.id, version: contact.access_version })
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.restoreGuestLinks(undo.id, undo.version)
  }
)
