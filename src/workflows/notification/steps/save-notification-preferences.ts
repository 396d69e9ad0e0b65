import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_NOTIFICATION_PREFERENCES, NotificationPreferences } from "../../../lib/notifications/recipients"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export const saveNotificationPreferencesStepId = "save-notification-preferences"

const KEYS = Object.keys(DEFAULT_NOTIFICATION_PREFERENCES) as (keyof NotificationPreferences)[]

/** Writes an agent's notification switches (a row per agent, made on first save); compensation restores them. */
export const saveNotificationPreferencesStep = createStep(
  saveNotificationPreferencesStepId,
  async (input: { user_id: string; changes: Partial<NotificationPreferences> }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [existing] = await helpdesk.listNotificationPreferences({ user_id: input.user_id })
    if (existing) {
      const before: NotificationPreferences | null = Object.fromEntries(KEYS.map((k) => [k, existing[k]])) as NotificationPreferences
      const saved = await helpdesk.updateNotificationPreferences({ id: existing.id, ...input.changes })
      return new StepResponse(saved, { id: existing.id, before })
    }
    const created = await helpdesk.createNotificationPreferences({ user_id: input.user_id, ...DEFAULT_NOTIFICATION_PREFERENCES, ...input.changes })
    return new StepResponse(created, { id: created.id, before: null as NotificationPreferences | null })
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    if (undo.before) await helpdesk.updateNotificationPreferences({ id: undo.id, ...undo.before })
    else await helpdesk.deleteNotificationPreferences(undo.id)
  }
)
