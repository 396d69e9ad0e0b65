import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteSavedViewsWorkflow, updateSavedViewWorkflow } from "../../../../../workflows"
import { ownView, validFilters } from "../helpers"
import { AdminUpdateSavedViewType } from "../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSavedViewType>, res: MedusaResponse) => {
  await ownView(req)
  const { filters, ...rest } = req.validatedBody
  const { result } = await updateSavedViewWorkflow(req.scope).run({
    input: { id: req.params.id, ...rest, ...(filters ? { filters: validFilters(filters) } : {}) },
  })
  res.json({ view: result })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await ownView(req)
  await deleteSavedViewsWorkflow(req.scope).run({ input: { ids: [req.params.id] } })
  res.json({ id: req.params.id, object: "saved_view", deleted: true })
}
