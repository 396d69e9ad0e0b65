import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { collectMailbox, CollectSummary } from "../utils/collect-mailbox"

export const collectMailStepId = "collect-mail"

/** Fetches and stores new mail; a run that did not get the lease does nothing. */
export const collectMailStep = createStep(
  collectMailStepId,
  async (input: { mailbox_id: string; lease: { claimed: boolean; token: string } }, { container }) => {
    if (!input.lease.claimed) {
      return new StepResponse<CollectSummary | null>(null)
    }
    return new StepResponse<CollectSummary | null>(await collectMailbox(container, input.mailbox_id, input.lease.token))
  }
)
