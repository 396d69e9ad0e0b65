import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const updateInboundMailsStepId = "update-inbound-mails"

type InboundUpdate = { id: string; [field: string]: unknown }

/** Records what became of each mail; compensation puts the records back as they were. */
export const updateInboundMailsStep = createStep(
  updateInboundMailsStepId,
  async (updates: InboundUpdate[], { container }) => {
    if (!updates.length) return new StepResponse([] as unknown[], [] as Record<string, unknown>[])
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const fields = [...new Set(updates.flatMap((u) => Object.keys(u)))]
    const before = await helpdesk.listInboundMails({ id: updates.map((u) => u.id) }, { select: fields })
    const byId = new Map(before.map((r) => [r.id, r as Record<string, unknown>]))
    const updated = await helpdesk.updateInboundMails(updates as any)
    const previous = updates.map((u) => Object.fromEntries(Object.keys(u).map((k) => [k, byId.get(u.id)?.[k]])))
    return new StepResponse(updated as unknown as unknown[], previous as Record<string, unknown>[])
  },
  async (previous, { container }) => {
    if (!previous?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateInboundMails(previous as any)
  }
)
