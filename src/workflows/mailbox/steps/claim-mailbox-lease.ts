import { randomUUID } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { MAILBOX_LEASE_MS } from "../utils/lease"

export const claimMailboxLeaseStepId = "claim-mailbox-lease"

/**
 * Takes the mailbox for this run across every process on the database
 * (SPEC §6 "Across instances"); `claimed: false` when another run has it.
 */
export const claimMailboxLeaseStep = createStep(
  claimMailboxLeaseStepId,
  async (input: { mailbox_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const token = randomUUID()
    const claimed = await helpdesk.claimMailboxLease(input.mailbox_id, token, MAILBOX_LEASE_MS)
    return new StepResponse({ claimed, token }, claimed ? { mailbox_id: input.mailbox_id, token } : null)
  },
  async (lease, { container }) => {
    if (!lease) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.releaseMailboxLease(lease.mailbox_id, lease.token)
  }
)
