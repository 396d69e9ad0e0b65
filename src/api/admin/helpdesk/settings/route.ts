import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { updateSettingsWorkflow } from "../../../../workflows"
import { AdminUpdateSettingsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  res.json({ settings: await helpdesk.getSettings() })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateSettingsType>, res: MedusaResponse) => {
  const { result } = await updateSettingsWorkflow(req.scope).run({ input: { ...req.validatedBody, actor_id: req.auth_context.actor_id } })
  res.json({ settings: result })
}
