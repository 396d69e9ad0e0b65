import { Label, Switch, Text, toast } from "@medusajs/ui"
import {
  NOTIFICATION_REASONS,
  NotificationReason,
  useNotificationPreferences,
  useUpdateNotificationPreferences,
} from "../hooks/api/team"
import { useHelpdeskT } from "../lib/i18n"
import { errorMessage } from "./team-supervisor-notice"

/** The signed-in agent's own notification switches, each saved as it is flipped. */
export const TeamNotificationPreferences = () => {
  const t = useHelpdeskT("team")
  const { data, isLoading, error } = useNotificationPreferences()
  const update = useUpdateNotificationPreferences()

  const flip = async (reason: NotificationReason, on: boolean) => {
    const label = t(`notifications.reasons.${reason}`)
    try {
      await update.mutateAsync({ [reason]: on })
      toast.success(t(on ? "notifications.saved_on" : "notifications.saved_off", { reason: label }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  if (isLoading) return <Text size="small" className="px-6 py-4">{t("loading")}</Text>
  if (error || !data) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-error">
        {t("load_error", { message: (error as Error)?.message ?? "" })}
      </Text>
    )
  }
  return (
    <div className="flex flex-col">
      {NOTIFICATION_REASONS.map((reason) => (
        <div key={reason} className="flex items-center justify-between gap-x-4 px-6 py-3" data-testid={`notification-${reason}`}>
          <Label htmlFor={`notify-${reason}`} size="small">{t(`notifications.reasons.${reason}`)}</Label>
          <Switch
            id={`notify-${reason}`}
            checked={data.notification_preferences[reason]}
            disabled={update.isPending}
            onCheckedChange={(on) => flip(reason, on)}
          />
        </div>
      ))}
    </div>
  )
}
