import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteDepartmentsWorkflow, updateDepartmentWorkflow } from "../../../../../workflows"
import { refetchDepartment } from "../helpers"
import { AdminUpdateDepartmentType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ department: await refetchDepartment(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateDepartmentType>, res: MedusaResponse) => {
  await refetchDepartment(req.scope, req.params.id)
  await updateDepartmentWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({ department: await refetchDepartment(req.scope, req.params.id) })
}

/** Its tickets stay, with no department. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchDepartment(req.scope, req.params.id)
  await deleteDepartmentsWorkflow(req.scope).run({ input: { ids: [req.params.id], actor_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "department", deleted: true })
}
