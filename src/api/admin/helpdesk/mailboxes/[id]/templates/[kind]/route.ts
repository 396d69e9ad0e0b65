import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resetMailboxTemplateWorkflow, saveMailboxTemplateWorkflow } from "../../../../../../../workflows"
import { describeMailTemplate, retrieveMailboxTemplates, templateKindParam } from "../../../template-helpers"
import { AdminResetMailTemplateParamsType, AdminSaveMailTemplateType } from "../../../validators"

/** Overrides the kind in one language; answers with the kind as it is now sent. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveMailTemplateType>, res: MedusaResponse) => {
  const kind = templateKindParam(req.params.kind)
  await retrieveMailboxTemplates(req.scope, req.params.id)
  await saveMailboxTemplateWorkflow(req.scope).run({ input: { id: req.params.id, kind, ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({ template: describeMailTemplate(await retrieveMailboxTemplates(req.scope, req.params.id), kind) })
}

/** Back to the default text, in `?language=` or in every language. */
export const DELETE = async (req: AuthenticatedMedusaRequest<unknown, AdminResetMailTemplateParamsType>, res: MedusaResponse) => {
  const kind = templateKindParam(req.params.kind)
  await retrieveMailboxTemplates(req.scope, req.params.id)
  const { language } = req.validatedQuery as AdminResetMailTemplateParamsType
  await resetMailboxTemplateWorkflow(req.scope).run({ input: { id: req.params.id, kind, language, actor_id: req.auth_context.actor_id } })
  res.json({ template: describeMailTemplate(await retrieveMailboxTemplates(req.scope, req.params.id), kind) })
}
