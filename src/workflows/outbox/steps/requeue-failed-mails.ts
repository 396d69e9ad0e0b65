import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ACTION_NOT_ALLOWED, HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const requeueFailedMailsStepId = "requeue-failed-mails"

/** Puts failed outgoing mail back in the queue; only failed mail may be resent (409 otherwise). */
export const requeueFailedMailsStep = createStep(
  requeueFailedMailsStepId,
  async (input: { ids: string[] }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const requeued = await helpdesk.requeueFailedOutboundMails(input.ids)
    if (requeued.length !== input.ids.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Only mail whose delivery failed can be sent again; this one is queued, sending or sent.",
        ACTION_NOT_ALLOWED
      )
    }
    return new StepResponse(requeued)
  }
)
