import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createDepartmentsWorkflow } from "../../../../workflows"
import { listDepartments, refetchDepartment } from "./helpers"
import { AdminCreateDepartmentType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const departments = await listDepartments(req.scope)
  res.json({ departments, count: departments.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateDepartmentType>, res: MedusaResponse) => {
  const { result } = await createDepartmentsWorkflow(req.scope).run({
    input: { departments: [req.validatedBody], actor_id: req.auth_context.actor_id },
  })
  res.status(201).json({ department: await refetchDepartment(req.scope, result[0].id) })
}
