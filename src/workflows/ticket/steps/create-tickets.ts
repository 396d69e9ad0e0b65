import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CreateTicketInput,
  HELPDESK_MODULE,
  HelpdeskModuleService,
} from "../../../modules/helpdesk"

export const createTicketsStepId = "create-tickets"

export const createTicketsStep = createStep(
  createTicketsStepId,
  async (data: CreateTicketInput[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const tickets = await helpdesk.createNumberedTickets(data)
    return new StepResponse(tickets, tickets.map((t) => t.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTickets(ids)
  }
)
