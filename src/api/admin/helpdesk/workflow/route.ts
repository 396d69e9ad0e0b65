import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"

/** The statuses and the action matrix, for the admin to label statuses and offer allowed actions. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const { statuses, actions } = await helpdesk.getTicketWorkflow()
  res.json({
    statuses: statuses.map(({ id, label, color, is_open, position }) => ({ id, label, color, is_open, position })),
    actions: actions.map(({ id, label, actor_types, transitions, assigns_actor }) => ({
      id,
      label,
      actor_types,
      transitions,
      assigns_actor,
    })),
  })
}
