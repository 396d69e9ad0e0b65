import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteFormsWorkflow, updateFormWorkflow } from "../../../../../workflows"
import { refetchForm } from "../helpers"
import { AdminUpdateFormType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ form: await refetchForm(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateFormType>, res: MedusaResponse) => {
  await refetchForm(req.scope, req.params.id)
  await updateFormWorkflow(req.scope).run({ input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({ form: await refetchForm(req.scope, req.params.id) })
}

/** Its pages stop answering; the tickets it made stay. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchForm(req.scope, req.params.id)
  await deleteFormsWorkflow(req.scope).run({ input: { ids: [req.params.id], actor_id: req.auth_context.actor_id } })
  res.json({ id: req.params.id, object: "form", deleted: true })
}
