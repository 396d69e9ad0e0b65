import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readConfirmLink } from "../../contact/utils/signed-links"

export const validateConfirmTokenStepId = "validate-confirm-token"

/** Error codes of a refused confirmation link, so the page can say which. */
export const CONFIRM_LINK_INVALID = "confirm_link_invalid"
export const CONFIRM_LINK_EXPIRED = "confirm_link_expired"

/** Refuses a confirmation token the helpdesk did not sign, or one past its expiry. */
export const validateConfirmTokenStep = createStep(
  validateConfirmTokenStepId,
  async (input: { token: string }, { container }) => {
    const read = readConfirmLink(container, input.token)
    if (!read.ok && read.reason === "expired") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This link has expired.", CONFIRM_LINK_EXPIRED)
    }
    if (!read.ok) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is not valid.", CONFIRM_LINK_INVALID)
    }
    return new StepResponse({ ticket_id: read.ticket_id, email: read.email })
  }
)
