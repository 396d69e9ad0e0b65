import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService, InboundBatchInput } from "../../../modules/helpdesk"

export const storeInboundMailsStepId = "store-inbound-mails"

/**
 * Writes a planned batch in one database transaction (tickets, messages,
 * attachments, history, bounces, mail records): a crash leaves all of it or
 * none. Compensation takes the batch back.
 */
export const storeInboundMailsStep = createStep(
  storeInboundMailsStepId,
  async (batch: InboundBatchInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const result = await helpdesk.storeInboundBatch(batch)
    return new StepResponse({ tickets: result.tickets, message_ids: result.message_ids }, result.undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.undoInboundBatch(undo)
  }
)
