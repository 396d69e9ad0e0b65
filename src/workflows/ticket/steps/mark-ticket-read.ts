import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

/** Records that an agent opened a ticket now; compensation puts back their previous read time. */
export const markTicketReadStep = createStep(
  "mark-ticket-read",
  async (input: { ticket_id: string; user_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [existing] = await helpdesk.listTicketReads(input)
    const now = new Date()
    if (existing) {
      await helpdesk.updateTicketReads({ id: existing.id, read_at: now })
      return new StepResponse(now, { id: existing.id, read_at: existing.read_at as Date | null })
    }
    const created = await helpdesk.createTicketReads({ ...input, read_at: now })
    return new StepResponse(now, { id: created.id, read_at: null as Date | null })
  },
  async (previous, { container }) => {
    if (!previous) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (previous.read_at) await helpdesk.updateTicketReads({ id: previous.id, read_at: previous.read_at })
    else await helpdesk.deleteTicketReads(previous.id)
  }
)
