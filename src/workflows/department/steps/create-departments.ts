import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const createDepartmentsStepId = "create-departments"

export interface CreateDepartmentInput {
  name: string
  description?: string | null
  is_public?: boolean
}

export const createDepartmentsStep = createStep(
  createDepartmentsStepId,
  async (data: CreateDepartmentInput[], { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const departments = await helpdesk.createDepartments(data)
    return new StepResponse(departments, departments.map((d) => d.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.deleteDepartments(ids)
  }
)
