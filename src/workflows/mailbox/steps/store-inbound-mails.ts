import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService, InboundMailRecord } from "../../../modules/helpdesk"
import { refTicketId } from "../../../modules/helpdesk/inbound-batch"
import { ImportInboundMailsInput } from "../types"
import { loadPlanContext } from "../utils/load-plan-context"
import { planInboundMails } from "../utils/plan-inbound-mails"

export const storeInboundMailsStepId = "store-inbound-mails"

/**
 * Threads, filters and sorts a batch of recorded mail (planInboundMails, a
 * pure function), then writes the plan in one database transaction (tickets,
 * messages, attachments, history, bounces, mail records): a crash leaves all
 * of it or none. Compensation takes the batch back. Planning happens here,
 * not in a step of its own, because the plan holds every message's text and
 * the workflow engine copies whatever passes between steps: on mail ingest
 * that copying cost more than planning.
 */
export const storeInboundMailsStep = createStep(
  storeInboundMailsStepId,
  async ({ input, records }: { input: ImportInboundMailsInput; records: InboundMailRecord[] }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const context = await loadPlanContext(container, input, records)
    const { received, ...batch } = planInboundMails(input.mails, context)
    const result = await helpdesk.storeInboundBatch(batch)
    const newIds = result.tickets.map((t) => t.id)
    return new StepResponse(
      {
        tickets: result.tickets,
        messages: received.map((r) => ({
          id: result.message_ids[r.message_index],
          ticket_id: refTicketId(newIds, r.ref),
          kind: r.kind,
        })),
        failed_message_ids: batch.failed_message_ids,
        records: batch.records.map((r) => ({ id: r.id, status: r.status, reason: r.reason })),
        // Mails recorded before, or twice in this batch.
        duplicates: input.mails.length - batch.records.length,
      },
      result.undo
    )
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.undoInboundBatch(undo)
  }
)
