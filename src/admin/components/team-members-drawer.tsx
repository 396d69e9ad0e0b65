import { Drawer, Heading, Label, Switch, Text, toast } from "@medusajs/ui"
import { useUpdateDepartmentMembers } from "../hooks/api/team"
import { useAgents } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { AdminDepartment, AdminUser } from "../lib/types"
import { useHelpdeskT } from "../lib/i18n"
import { errorMessage } from "./team-supervisor-notice"

/** Every agent with a switch: on makes them a member of the department, saved at once. */
export const TeamMembersDrawer = ({
  department,
  onOpenChange,
}: {
  department: AdminDepartment | null
  onOpenChange: (open: boolean) => void
}) => {
  const t = useHelpdeskT("team")
  const { data, isLoading, error } = useAgents()
  const update = useUpdateDepartmentMembers()
  const memberIds = new Set(department?.members.map((m) => m.user_id) ?? [])

  const toggle = async (user: AdminUser, on: boolean) => {
    if (!department) return
    try {
      await update.mutateAsync({ id: department.id, ...(on ? { add: [user.id] } : { remove: [user.id] }) })
      const words = { agent: agentName(user), department: department.name }
      toast.success(on ? t("departments.member_added", words) : t("departments.member_removed", words))
    } catch (e) {
      toast.error(errorMessage(e))
    }
  }

  return (
    <Drawer open={!!department} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Heading>{t("departments.members_title", { name: department?.name ?? "" })}</Heading>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-3 overflow-y-auto">
          <Text size="small" className="text-ui-fg-subtle">{t("departments.members_hint")}</Text>
          {isLoading ? (
            <Text size="small">{t("loading")}</Text>
          ) : error ? (
            <Text size="small" className="text-ui-fg-error">{t("load_error", { message: (error as Error).message })}</Text>
          ) : !data?.users.length ? (
            <Text size="small">{t("agents.empty")}</Text>
          ) : (
            data.users.map((user) => (
              <div key={user.id} className="flex items-center justify-between gap-x-3" data-testid="member-row">
                <Label htmlFor={`member-${user.id}`} size="small" className="flex flex-col">
                  <span>{agentName(user)}</span>
                  {agentName(user) !== user.email && <span className="text-ui-fg-subtle">{user.email}</span>}
                </Label>
                <Switch
                  id={`member-${user.id}`}
                  aria-label={agentName(user)}
                  checked={memberIds.has(user.id)}
                  disabled={update.isPending}
                  onCheckedChange={(on) => toggle(user, on)}
                />
              </div>
            ))
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
