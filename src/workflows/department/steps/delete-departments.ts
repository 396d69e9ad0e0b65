import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const deleteDepartmentsStepId = "delete-departments"

/**
 * Deletes departments and their memberships; their tickets keep existing with
 * no department (visible to every agent). Irreversible, so it runs last.
 */
export const deleteDepartmentsStep = createStep(
  deleteDepartmentsStepId,
  async (ids: string[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteDepartments(ids)
    return new StepResponse(ids)
  }
)
