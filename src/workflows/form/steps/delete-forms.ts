import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const deleteFormsStepId = "delete-forms"

/** Soft-deletes forms: their pages stop answering, their tickets stay; compensation restores them. */
export const deleteFormsStep = createStep(
  deleteFormsStepId,
  async (ids: string[], { container }) => {
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).softDeleteForms(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<HelpdeskModuleService>(HELPDESK_MODULE).restoreForms(ids)
  }
)
