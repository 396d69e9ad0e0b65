import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { CollectSummary } from "../utils/collect-mailbox"

export const finishMailCollectionStepId = "finish-mail-collection"

/** Writes the mailbox's health for the admin and gives the lease back. */
export const finishMailCollectionStep = createStep(
  finishMailCollectionStepId,
  async (
    input: { mailbox_id: string; lease: { claimed: boolean; token: string }; summary: CollectSummary | null },
    { container }
  ) => {
    if (!input.lease.claimed || !input.summary) {
      return new StepResponse(null)
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const now = new Date()
    await helpdesk.updateMailboxes({
      id: input.mailbox_id,
      last_check_at: now,
      ...(input.summary.error
        ? { last_error: input.summary.error, last_error_at: now }
        : { last_success_at: now, last_error: null }),
    })
    await helpdesk.releaseMailboxLease(input.mailbox_id, input.lease.token)
    return new StepResponse(null)
  }
)
