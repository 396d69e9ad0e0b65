import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { HelpdeskSettingsNav } from "../../../components/settings-nav"
import { SettingsGeneralForm } from "../../../components/settings-general-form"
import { SettingsGeneralOptions, SettingsGeneralSupervisors } from "../../../components/settings-general-options"
import { SupervisorOnlyNotice } from "../../../components/team-supervisor-notice"
import { useHelpdeskSettings, useIsSupervisor } from "../../../hooks/api/team"
import { useHelpdeskT } from "../../../lib/i18n"

/** Settings → Helpdesk, "General": the desk-wide settings and the startup options. */
const HelpdeskGeneralSettingsPage = () => {
  const t = useHelpdeskT("team")
  const { data, isLoading, error } = useHelpdeskSettings()
  const supervisor = useIsSupervisor()
  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <SupervisorOnlyNotice />
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-x-4 px-6 py-4">
          <div>
            <Heading>{t("general.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("general.description")}</Text>
          </div>
          {supervisor !== undefined && (
            <div className="flex items-center gap-x-2" data-testid="your-role">
              <Text size="small" className="text-ui-fg-subtle">{t("general.your_role")}</Text>
              <Badge size="2xsmall" color={supervisor ? "purple" : "grey"}>
                {supervisor ? t("general.role_supervisor") : t("general.role_agent")}
              </Badge>
            </div>
          )}
        </div>
        {isLoading ? (
          <Text size="small" className="px-6 py-4">{t("loading")}</Text>
        ) : error || !data ? (
          <Text size="small" className="px-6 py-4 text-ui-fg-error">{t("load_error", { message: (error as Error)?.message ?? "" })}</Text>
        ) : (
          <>
            <SettingsGeneralForm settings={data.settings} disabled={supervisor !== true} />
            <SettingsGeneralSupervisors ids={data.settings.supervisor_user_ids} />
          </>
        )}
        <SettingsGeneralOptions />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Helpdesk",
  icon: ChatBubbleLeftRight,
})

export default HelpdeskGeneralSettingsPage
