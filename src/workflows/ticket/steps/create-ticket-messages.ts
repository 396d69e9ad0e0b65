import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CreateTicketMessageInput,
  HELPDESK_MODULE,
  HelpdeskModuleService,
} from "../../../modules/helpdesk"

export const createTicketMessagesStepId = "create-ticket-messages"

export const createTicketMessagesStep = createStep(
  createTicketMessagesStepId,
  async (data: CreateTicketMessageInput[], { container }) => {
    if (!data.length) {
      return new StepResponse([], [])
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const messages = await helpdesk.createTicketMessages(data)
    return new StepResponse(messages, messages.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketMessages(ids)
  }
)
