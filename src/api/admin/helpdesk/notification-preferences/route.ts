import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_NOTIFICATION_PREFERENCES } from "../../../../lib/notifications/recipients"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { updateNotificationPreferencesWorkflow } from "../../../../workflows"
import { AdminUpdateNotificationPreferencesType } from "./validators"

const view = (row: Partial<Record<keyof typeof DEFAULT_NOTIFICATION_PREFERENCES, boolean>> | undefined) =>
  Object.fromEntries(Object.entries(DEFAULT_NOTIFICATION_PREFERENCES).map(([k, v]) => [k, row?.[k as keyof typeof DEFAULT_NOTIFICATION_PREFERENCES] ?? v]))

/** The signed-in agent's own notification switches; every agent sets only their own. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const [row] = await helpdesk.listNotificationPreferences({ user_id: req.auth_context.actor_id })
  res.json({ notification_preferences: view(row) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateNotificationPreferencesType>, res: MedusaResponse) => {
  const { result } = await updateNotificationPreferencesWorkflow(req.scope).run({
    input: { user_id: req.auth_context.actor_id, changes: req.validatedBody },
  })
  res.json({ notification_preferences: view(result as Parameters<typeof view>[0]) })
}
