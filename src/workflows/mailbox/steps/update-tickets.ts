import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const updateTicketsStepId = "update-tickets"

/** Updates several tickets, each with its own changes; compensation puts back what it changed. */
export const updateTicketsStep = createStep(
  updateTicketsStepId,
  async (updates: { id: string; [field: string]: unknown }[], { container }) => {
    if (!updates.length) return new StepResponse([] as unknown[], [] as Record<string, unknown>[])
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const fields = [...new Set(updates.flatMap((u) => Object.keys(u)))]
    const before = await helpdesk.listTickets({ id: updates.map((u) => u.id) }, { select: fields })
    const byId = new Map(before.map((t) => [t.id, t as Record<string, unknown>]))
    const updated = await helpdesk.updateTickets(updates as any)
    const previous = updates.map((u) => Object.fromEntries(Object.keys(u).map((k) => [k, byId.get(u.id)?.[k]])))
    return new StepResponse(updated as unknown as unknown[], previous as Record<string, unknown>[])
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTickets(previous as any)
  }
)
