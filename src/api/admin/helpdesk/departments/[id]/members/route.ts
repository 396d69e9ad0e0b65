import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { updateDepartmentMembersWorkflow } from "../../../../../../workflows"
import { refetchDepartment } from "../../helpers"
import { AdminUpdateDepartmentMembersType } from "../../validators"

/** `{ add: [user ids], remove: [user ids] }` */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateDepartmentMembersType>,
  res: MedusaResponse
) => {
  await refetchDepartment(req.scope, req.params.id)
  await updateDepartmentMembersWorkflow(req.scope).run({
    input: { department_id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ department: await refetchDepartment(req.scope, req.params.id) })
}
