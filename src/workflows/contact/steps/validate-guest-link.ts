import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { verifyGuestLink } from "../utils/signed-links"

export const validateGuestLinkStepId = "validate-guest-link"

/** The address a guest link (REQUEST_LIST_URL) was sent to; a link the helpdesk did not sign, or one revoked, is refused. */
export const validateGuestLinkStep = createStep(validateGuestLinkStepId, async (input: { token: string }, { container }) => {
  const email = await verifyGuestLink(container, input.token)
  if (!email) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "This link is not valid (it was altered, or a newer one was sent since).")
  }
  return new StepResponse({ email })
})
