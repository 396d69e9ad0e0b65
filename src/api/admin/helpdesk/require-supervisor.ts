import {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

/** Only supervisors change departments and settings (everyone, while none is named). */
export async function requireSupervisor(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
    const scope = await helpdesk.getAgentScope(req.auth_context.actor_id)
    if (!scope.supervisor) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only helpdesk supervisors can change departments and settings."
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}
