import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

/** Makes an agent follow a ticket (idempotent); compensation stops it again. */
export const addTicketWatcherStep = createStep(
  "add-ticket-watcher",
  async (input: { ticket_id: string; user_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [existing] = await helpdesk.listTicketWatchers(input)
    if (existing) {
      return new StepResponse(existing, null)
    }
    const created = await helpdesk.createTicketWatchers(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await (container.resolve(HELPDESK_MODULE) as HelpdeskModuleService).deleteTicketWatchers(id)
  }
)

/** Stops an agent following a ticket; compensation follows it again. */
export const removeTicketWatcherStep = createStep(
  "remove-ticket-watcher",
  async (input: { ticket_id: string; user_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const existing = await helpdesk.listTicketWatchers(input)
    if (existing.length) await helpdesk.deleteTicketWatchers(existing.map((w) => w.id))
    return new StepResponse(existing.length > 0, existing.length ? input : null)
  },
  async (input, { container }) => {
    if (input) await (container.resolve(HELPDESK_MODULE) as HelpdeskModuleService).createTicketWatchers(input)
  }
)
