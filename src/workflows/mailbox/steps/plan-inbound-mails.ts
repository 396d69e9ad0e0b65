import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { InboundMailRecord } from "../../../modules/helpdesk"
import { ImportInboundMailsInput } from "../types"
import { loadPlanContext } from "../utils/load-plan-context"
import { planInboundMails } from "../utils/plan-inbound-mails"

export const planInboundMailsStepId = "plan-inbound-mails"

/** Threads, filters and sorts a batch of mail into what the next steps write. Reads only. */
export const planInboundMailsStep = createStep(
  planInboundMailsStepId,
  async ({ input, records }: { input: ImportInboundMailsInput; records: InboundMailRecord[] }, { container }) => {
    const context = await loadPlanContext(container, input, records)
    return new StepResponse(planInboundMails(input.mails, context))
  }
)
