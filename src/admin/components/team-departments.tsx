import { EllipsisHorizontal, PencilSquare, Trash, Users } from "@medusajs/icons"
import { Badge, Button, DropdownMenu, Heading, IconButton, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useDeleteDepartment } from "../hooks/api/team"
import { useDepartments } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { AdminDepartment } from "../lib/types"
import { useHelpdeskT } from "../lib/i18n"
import { TeamDepartmentDrawer } from "./team-department-drawer"
import { TeamMembersDrawer } from "./team-members-drawer"
import { errorMessage } from "./team-supervisor-notice"
import { useConfirmedDelete } from "../hooks/use-confirmed-delete"

type Member = AdminDepartment["members"][number]
const memberName = (m: Member) =>
  m.user ? agentName({ id: m.user_id, email: m.user.email, first_name: m.user.first_name, last_name: m.user.last_name }) : m.user_id

/** Departments with their members; changing them needs a supervisor (`canEdit`). */
export const TeamDepartments = ({ canEdit }: { canEdit: boolean }) => {
  const t = useHelpdeskT("team")
  const { data, isLoading, error } = useDepartments()
  const remove = useDeleteDepartment()
  const confirmDelete = useConfirmedDelete()
  const [editing, setEditing] = useState<AdminDepartment | "new" | null>(null)
  // An id, so the drawer shows the members as the list refetches them.
  const [membersOf, setMembersOf] = useState<string | null>(null)
  const departments = data?.departments ?? []

  const onDelete = (d: AdminDepartment) =>
    confirmDelete(
      {
        title: t("departments.delete_title", { name: d.name }),
        description: t("departments.delete_description"),
        confirmText: t("departments.delete"),
        cancelText: t("cancel"),
      },
      () => remove.mutateAsync(d.id),
      t("departments.deleted"),
      errorMessage
    )

  return (
    <>
      <div className="flex items-start justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("departments.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("departments.description")}</Text>
        </div>
        <Button size="small" variant="secondary" disabled={!canEdit} onClick={() => setEditing("new")}>
          {t("departments.add")}
        </Button>
      </div>
      {isLoading ? (
        <Text size="small" className="px-6 py-4">{t("loading")}</Text>
      ) : error ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">{t("load_error", { message: (error as Error).message })}</Text>
      ) : !departments.length ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">{t("departments.empty")}</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("departments.name")}</Table.HeaderCell>
              <Table.HeaderCell>{t("departments.members")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {departments.map((d) => (
              <Table.Row key={d.id} data-testid="department-row">
                <Table.Cell className="max-w-[360px]">
                  <div className="flex flex-col py-2">
                    <Text size="small" weight="plus">
                      {d.name} {d.is_public && <Badge size="2xsmall">{t("departments.public_badge")}</Badge>}
                    </Text>
                    {d.description && <Text size="small" className="whitespace-normal text-ui-fg-subtle">{d.description}</Text>}
                  </div>
                </Table.Cell>
                <Table.Cell className="max-w-[420px]">
                  <div className="flex flex-wrap gap-1 py-2" data-testid="department-members">
                    {d.members.length ? (
                      d.members.map((m) => <Badge key={m.id} size="2xsmall">{memberName(m)}</Badge>)
                    ) : (
                      <Text size="small" className="text-ui-fg-subtle">{t("departments.no_members")}</Text>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell className="text-right">
                  <div className="flex items-center justify-end gap-x-2">
                    <Button size="small" variant="secondary" disabled={!canEdit} onClick={() => setMembersOf(d.id)}>
                      <Users /> {t("departments.manage_members")}
                    </Button>
                    <DropdownMenu>
                      <DropdownMenu.Trigger asChild disabled={!canEdit}>
                        <IconButton size="small" variant="transparent" aria-label={t("departments.actions", { name: d.name })}>
                          <EllipsisHorizontal />
                        </IconButton>
                      </DropdownMenu.Trigger>
                      <DropdownMenu.Content align="end">
                        <DropdownMenu.Item className="gap-x-2" onClick={() => setEditing(d)}>
                          <PencilSquare /> {t("departments.edit")}
                        </DropdownMenu.Item>
                        <DropdownMenu.Separator />
                        <DropdownMenu.Item className="gap-x-2 text-ui-fg-error" onClick={() => onDelete(d)}>
                          <Trash /> {t("departments.delete")}
                        </DropdownMenu.Item>
                      </DropdownMenu.Content>
                    </DropdownMenu>
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <TeamDepartmentDrawer
        department={editing === "new" || !editing ? undefined : editing}
        open={!!editing}
        onOpenChange={(open) => !open && setEditing(null)}
      />
      <TeamMembersDrawer
        department={departments.find((d) => d.id === membersOf) ?? null}
        onOpenChange={(open) => !open && setMembersOf(null)}
      />
    </>
  )
}
