import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const updateTicketStepId = "update-ticket"

export interface UpdateTicketStepInput {
  id: string
  [field: string]: unknown
}

/** Updates one ticket; compensation puts back the fields it changed. */
export const updateTicketStep = createStep(
  updateTicketStepId,
  async ({ id, ...changes }: UpdateTicketStepInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const fields = Object.keys(changes)
    const before = await helpdesk.retrieveTicket(id, { select: ["id", ...fields] })
    const updated = await helpdesk.updateTickets({ id, ...changes } as any)
    const previous = Object.fromEntries(fields.map((f) => [f, (before as any)[f]]))
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTickets(previous as any)
  }
)
