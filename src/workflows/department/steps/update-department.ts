import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const updateDepartmentStepId = "update-department"

export interface UpdateDepartmentInput {
  id: string
  name?: string
  description?: string | null
  is_public?: boolean
}

/** Updates one department; compensation puts back the fields it changed. */
export const updateDepartmentStep = createStep(
  updateDepartmentStepId,
  async ({ id, ...changes }: UpdateDepartmentInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const before = await helpdesk.retrieveDepartment(id)
    const updated = await helpdesk.updateDepartments({ id, ...changes })
    const previous = Object.fromEntries(Object.keys(changes).map((k) => [k, (before as any)[k]]))
    return new StepResponse(updated, { id, ...previous })
  },
  async (previous, { container }) => {
    if (!previous) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateDepartments(previous)
  }
)
