import { Badge, Heading, Switch, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { useHelpdeskSettings, useUpdateHelpdeskSettings } from "../hooks/api/team"
import { useAgents, useDepartments, useMe } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { AdminUser } from "../lib/types"
import { useHelpdeskT } from "../lib/i18n"
import { errorMessage } from "./team-supervisor-notice"

/** Every agent with badges (supervisor, departments) and the supervisor switch. */
export const TeamAgents = ({ canEdit }: { canEdit: boolean }) => {
  const t = useHelpdeskT("team")
  const { data, isLoading, error } = useAgents()
  const me = useMe().data?.user
  const supervisorIds = useHelpdeskSettings().data?.settings.supervisor_user_ids ?? []
  const departments = useDepartments().data?.departments ?? []
  const save = useUpdateHelpdeskSettings()
  const prompt = usePrompt()

  const confirm = (key: "self_demote" | "first_supervisor") =>
    prompt({
      title: t(`agents.${key}_title`),
      description: t(`agents.${key}_description`),
      confirmText: t(`agents.${key}_confirm`),
      cancelText: t("cancel"),
    })

  const setSupervisor = async (user: AdminUser, on: boolean) => {
    const next = on ? [...supervisorIds, user.id] : supervisorIds.filter((id) => id !== user.id)
    // Naming the first supervisor takes the rights from everyone else; dropping oneself takes one's own.
    if (on && supervisorIds.length === 0 && !(await confirm("first_supervisor"))) return
    if (!on && user.id === me?.id && next.length > 0 && !(await confirm("self_demote"))) return
    try {
      await save.mutateAsync({ supervisor_user_ids: next })
      toast.success(t(on ? "agents.supervisor_added" : "agents.supervisor_removed", { agent: agentName(user) }))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <>
      <div className="px-6 py-4">
        <Heading level="h2">{t("agents.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">{t("agents.description")}</Text>
      </div>
      {isLoading ? (
        <Text size="small" className="px-6 py-4">{t("loading")}</Text>
      ) : error ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">{t("load_error", { message: (error as Error).message })}</Text>
      ) : !data?.users.length ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{t("agents.empty")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("agents.agent")}</Table.HeaderCell>
              <Table.HeaderCell>{t("agents.badges")}</Table.HeaderCell>
              <Table.HeaderCell className="text-right">{t("agents.make_supervisor")}</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.users.map((user) => {
              const named = supervisorIds.includes(user.id)
              const theirs = departments.filter((d) => d.members.some((m) => m.user_id === user.id))
              return (
                <Table.Row key={user.id} data-testid="agent-row">
                  <Table.Cell>
                    <div className="flex flex-col py-2">
                      <Text size="small" weight="plus">
                        {agentName(user)} {user.id === me?.id && <Badge size="2xsmall" color="blue">{t("agents.you")}</Badge>}
                      </Text>
                      {agentName(user) !== user.email && <Text size="small" className="text-ui-fg-subtle">{user.email}</Text>}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="max-w-[420px]">
                    <div className="flex flex-wrap gap-1 py-2">
                      {named && <Badge size="2xsmall" color="purple">{t("agents.supervisor")}</Badge>}
                      {!supervisorIds.length && <Badge size="2xsmall" color="purple">{t("agents.supervisor_by_default")}</Badge>}
                      {theirs.map((d) => <Badge key={d.id} size="2xsmall">{d.name}</Badge>)}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    <Switch
                      aria-label={`${t("agents.make_supervisor")}: ${agentName(user)}`}
                      checked={named}
                      disabled={!canEdit || save.isPending}
                      onCheckedChange={(on) => setSupervisor(user, on)}
                    />
                  </Table.Cell>
                </Table.Row>
              )
            })}
          </Table.Body>
        </Table>
      )}
    </>
  )
}
