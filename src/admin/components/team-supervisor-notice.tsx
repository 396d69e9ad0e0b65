import { Alert, Text } from "@medusajs/ui"
import { useAgents } from "../hooks/api/workflow"
import { useHelpdeskSettings, useIsSupervisor } from "../hooks/api/team"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"

/**
 * Said once at the top of a screen whose changes need a supervisor, when the
 * signed-in agent is none: the controls below stay visible but disabled.
 */
export const SupervisorOnlyNotice = () => {
  const t = useHelpdeskT("team")
  const supervisor = useIsSupervisor()
  const ids = useHelpdeskSettings().data?.settings.supervisor_user_ids ?? []
  const users = useAgents().data?.users ?? []
  if (supervisor !== false) return null
  const names = users.filter((u) => ids.includes(u.id)).map(agentName).join(", ")
  return (
    <Alert variant="warning" data-testid="supervisor-only">
      <Text size="small" weight="plus">{t("supervisor_only.title")}</Text>
      <Text size="small">{t("supervisor_only.description", { names: names || "—" })}</Text>
    </Alert>
  )
}

/** The server's words for a failed request, for a toast. */
export const errorMessage = (error: unknown) => (error as Error)?.message || String(error)
