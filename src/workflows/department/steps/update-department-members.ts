import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const updateDepartmentMembersStepId = "update-department-members"

export interface UpdateDepartmentMembersInput {
  department_id: string
  add?: string[]
  remove?: string[]
}

/** Adds and removes agents; compensation undoes exactly what changed. */
export const updateDepartmentMembersStep = createStep(
  updateDepartmentMembersStepId,
  async ({ department_id, add = [], remove = [] }: UpdateDepartmentMembersInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const current = await helpdesk.listDepartmentMembers({ department_id })
    const have = new Set(current.map((m) => m.user_id))
    const toAdd = [...new Set(add)].filter((id) => !have.has(id))
    const toRemove = current.filter((m) => remove.includes(m.user_id))
    if (toRemove.length) {
      await helpdesk.deleteDepartmentMembers(toRemove.map((m) => m.id))
    }
    const added = toAdd.length
      ? await helpdesk.createDepartmentMembers(toAdd.map((user_id) => ({ department_id, user_id })))
      : []
    return new StepResponse(added, {
      department_id,
      added: added.map((m) => m.id),
      removed: toRemove.map((m) => m.user_id),
    })
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (undo.added.length) await helpdesk.deleteDepartmentMembers(undo.added)
    if (undo.removed.length) {
      await helpdesk.createDepartmentMembers(
        undo.removed.map((user_id) => ({ department_id: undo.department_id, user_id }))
      )
    }
  }
)
