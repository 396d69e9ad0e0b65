import { randomUUID } from "node:crypto"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService, OutboundMailRow } from "../../../modules/helpdesk"

export const claimOutboundMailsStepId = "claim-outbound-mails"

export interface ClaimOutboundMailsInput {
  /** Only these records (when they are due); otherwise any due record. */
  ids?: string[]
  limit: number
}

export interface ClaimedOutboundMails {
  token: string
  mails: OutboundMailRow[]
}

/** Takes due outbox records for this run; undone, it gives back those not yet tried. */
export const claimOutboundMailsStep = createStep(
  claimOutboundMailsStepId,
  async (input: ClaimOutboundMailsInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const token = randomUUID()
    const mails = await helpdesk.claimOutboundMails({
      token,
      claimMs: helpdesk.getOptions().mailSendClaimMs,
      limit: input.limit,
      ids: input.ids,
    })
    return new StepResponse<ClaimedOutboundMails, { token: string; ids: string[] }>(
      { token, mails },
      { token, ids: mails.map((m) => m.id) }
    )
  },
  async (claimed, { container }) => {
    if (!claimed?.ids.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.releaseOutboundClaims(claimed.token, claimed.ids)
  }
)
