import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { FormChanges } from "../types"

export const updateFormStepId = "update-form"

/** Updates one form; compensation puts back the fields it changed. */
export const updateFormStep = createStep(
  updateFormStepId,
  async ({ id, ...changes }: FormChanges, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = (await helpdesk.retrieveForm(id)) as unknown as Record<string, unknown>
    const updated = await helpdesk.updateForms({ id, ...(changes as Record<string, unknown>) })
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, before[k]]))
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).updateForms(previous)
  }
)
