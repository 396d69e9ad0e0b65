import { Badge, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { AdminHelpdeskOptions, useHelpdeskOptions } from "../hooks/api/team"
import { useAgents } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

/** Who the supervisors are; chosen on the Departments and agents screen. */
export const SettingsGeneralSupervisors = ({ ids }: { ids: string[] }) => {
  const t = useHelpdeskT("team")
  const users = useAgents().data?.users ?? []
  const named = users.filter((u) => ids.includes(u.id))
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="general-supervisors">
      <Heading level="h2">{t("general.supervisors")}</Heading>
      {named.length ? (
        <div className="flex flex-wrap gap-1">
          {named.map((u) => <Badge key={u.id} size="2xsmall">{agentName(u)}</Badge>)}
        </div>
      ) : (
        <Text size="small">{t("general.supervisors_none")}</Text>
      )}
      <Text size="small" className="text-ui-fg-subtle">
        <Link to="/settings/helpdesk/departments" className="text-ui-fg-interactive hover:underline">{t("general.supervisors_hint")}</Link>
      </Text>
    </div>
  )
}

/** The startup options from medusa-config.ts, shown read-only. */
export const SettingsGeneralOptions = () => {
  const t = useHelpdeskT("team")
  const { data, isLoading, error } = useHelpdeskOptions()
  const show = (key: keyof AdminHelpdeskOptions, o: AdminHelpdeskOptions): string => {
    const value = o[key]
    if (value === null || value === undefined || value === "") return t("general.not_set")
    if (key === "uploadMaxBytes") return megabytes(value as number)
    if (key === "uploadExtensions") return value === "*" ? t("general.any_file") : (value as string[]).join(", ")
    if (key === "mailCron" && value === "off") return t("general.mail_off")
    return String(value)
  }
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">{t("general.options_title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">{t("general.options_hint")}</Text>
      {isLoading ? (
        <Text size="small">{t("loading")}</Text>
      ) : error || !data ? (
        <Text size="small" className="text-ui-fg-error">{t("load_error", { message: (error as Error)?.message ?? "" })}</Text>
      ) : (
        <dl className="flex flex-col divide-y" data-testid="general-options">
          {(Object.keys(data.options) as (keyof AdminHelpdeskOptions)[]).map((key) => (
            <div key={key} className="grid grid-cols-2 items-start gap-x-4 py-2">
              <dt><Text size="small" className="text-ui-fg-subtle">{t(`general.options.${key}`)}</Text></dt>
              <dd><Text size="small" className="break-all">{show(key, data.options)}</Text></dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  )
}
