import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  CreateTicketEventInput,
  HELPDESK_MODULE,
  HelpdeskModuleService,
} from "../../../modules/helpdesk"

export const createTicketEventsStepId = "create-ticket-events"

/** Writes lines of ticket history. */
export const createTicketEventsStep = createStep(
  createTicketEventsStepId,
  async (data: CreateTicketEventInput[], { container }) => {
    if (!data.length) {
      return new StepResponse([], [])
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const events = await helpdesk.createTicketEvents(data)
    return new StepResponse(events, events.map((e) => e.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteTicketEvents(ids)
  }
)
