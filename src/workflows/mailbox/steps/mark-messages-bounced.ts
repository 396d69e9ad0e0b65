import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const markMessagesBouncedStepId = "mark-messages-bounced"

/** A bounce proves the mail never arrived: its message shows as failed. */
export const markMessagesBouncedStep = createStep(
  markMessagesBouncedStepId,
  async (ids: string[], { container }) => {
    if (!ids.length) return new StepResponse([], [])
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.listTicketMessages({ id: ids }, { select: ["id", "delivery_status"] })
    await helpdesk.updateTicketMessages(ids.map((id) => ({ id, delivery_status: "failed" as const })))
    return new StepResponse(ids, before.map((m) => ({ id: m.id, delivery_status: m.delivery_status })))
  },
  async (before, { container }) => {
    if (!before?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTicketMessages(before as any)
  }
)
