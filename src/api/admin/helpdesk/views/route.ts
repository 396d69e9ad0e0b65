import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createSavedViewWorkflow } from "../../../../workflows"
import { validFilters, viewsFor } from "./helpers"
import { AdminCreateSavedViewType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const views = await viewsFor(req)
  res.json({ views, count: views.length })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateSavedViewType>, res: MedusaResponse) => {
  const body = req.validatedBody
  const { result } = await createSavedViewWorkflow(req.scope).run({
    input: { ...body, filters: validFilters(body.filters), owner_id: req.auth_context.actor_id },
  })
  res.status(201).json({ view: result })
}
