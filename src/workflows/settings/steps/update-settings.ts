import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService, HelpdeskSettings } from "../../../modules/helpdesk"

export const updateSettingsStepId = "update-helpdesk-settings"

/** Saves settings by key; compensation writes back the previous values. */
export const updateSettingsStep = createStep(
  updateSettingsStepId,
  async (changes: Partial<HelpdeskSettings>, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const keys = Object.keys(changes)
    const existing = await helpdesk.listSettings({ id: keys })
    const saved = new Map(existing.map((row) => [row.id, row.value]))
    for (const key of keys) {
      const value = (changes as Record<string, unknown>)[key] as Record<string, unknown>
      if (value === null) {
        // A setting set to null goes back to its default.
        if (saved.has(key)) await helpdesk.deleteSettings(key)
      } else if (saved.has(key)) {
        await helpdesk.updateSettings({ id: key, value })
      } else {
        await helpdesk.createSettings({ id: key, value })
      }
    }
    return new StepResponse(await helpdesk.getSettings(), { keys, saved: Object.fromEntries(saved) })
  },
  async (undo, { container }) => {
    if (!undo) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    for (const key of undo.keys) {
      if (key in undo.saved) {
        await helpdesk.updateSettings({ id: key, value: undo.saved[key] as Record<string, unknown> })
      } else {
        await helpdesk.deleteSettings(key)
      }
    }
  }
)
