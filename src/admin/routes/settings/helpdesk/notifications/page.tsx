import { Container, Heading, Text } from "@medusajs/ui"
import { HelpdeskSettingsNav } from "../../../../components/settings-nav"
import { TeamNotificationPreferences } from "../../../../components/team-notification-preferences"
import { useHelpdeskT } from "../../../../lib/i18n"

/** Settings → Helpdesk → Notifications: what the signed-in agent hears of (SPEC §5). */
const HelpdeskNotificationsPage = () => {
  const t = useHelpdeskT("team")
  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("notifications.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("notifications.description")}</Text>
        </div>
        <TeamNotificationPreferences />
      </Container>
    </div>
  )
}

export default HelpdeskNotificationsPage
