import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { NotificationPreferences } from "../../../lib/notifications/recipients"
import { saveNotificationPreferencesStep } from "../steps/save-notification-preferences"

export const updateNotificationPreferencesWorkflowId = "update-notification-preferences"

/** Switches an agent's notifications on or off, one kind at a time (SPEC §5). */
export const updateNotificationPreferencesWorkflow = createWorkflow(
  updateNotificationPreferencesWorkflowId,
  (input: WorkflowData<{ user_id: string; changes: Partial<NotificationPreferences> }>) => {
    return new WorkflowResponse(saveNotificationPreferencesStep(input))
  }
)
