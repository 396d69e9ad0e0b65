import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const moveTicketMessagesStepId = "move-ticket-messages"

/** Moves messages to another ticket; compensation moves each back where it was. */
export const moveTicketMessagesStep = createStep(
  moveTicketMessagesStepId,
  async (input: { message_ids: string[]; to_ticket_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (!input.message_ids.length) {
      return new StepResponse([], [])
    }
    const before = await helpdesk.listTicketMessages({ id: input.message_ids }, { select: ["id", "ticket_id"] })
    await helpdesk.updateTicketMessages(input.message_ids.map((id) => ({ id, ticket_id: input.to_ticket_id })))
    return new StepResponse(
      input.message_ids,
      before.map((m) => ({ id: m.id, ticket_id: (m as any).ticket_id as string }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTicketMessages(previous)
  }
)
