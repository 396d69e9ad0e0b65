import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { createFormsWorkflow } from "../../../../workflows"
import { refetchForm } from "./helpers"
import { AdminCreateFormType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const forms = await req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).listForms({}, { order: { created_at: "ASC" } })
  res.json({ forms, count: forms.length })
}

/** A new form works at once: left-out settings get defaults (the four standard fields, ALTCHA on). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateFormType>, res: MedusaResponse) => {
  const { result } = await createFormsWorkflow(req.scope).run({ input: { forms: [req.validatedBody], actor_id: req.auth_context.actor_id } })
  res.status(201).json({ form: await refetchForm(req.scope, result[0].id) })
}
