import { Badge, Button, Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { CannedReplyDrawer, GLOBAL } from "../../../../components/canned-reply-drawer"
import { SelectOptions } from "../../../../components/select-options"
import { HelpdeskSettingsNav } from "../../../../components/settings-nav"
import { useCannedReplies } from "../../../../hooks/api/agent-tools"
import { AdminCannedReply, useDeleteCannedReply } from "../../../../hooks/api/content"
import { useDepartments } from "../../../../hooks/api/workflow"
import { useHelpdeskT } from "../../../../lib/i18n"
import { useConfirmedDelete } from "../../../../hooks/use-confirmed-delete"

const ALL = "__all__"

/** Canned replies (F-CANNED): global ones and each department's, written and kept here. */
const CannedRepliesPage = () => {
  const t = useHelpdeskT("content")
  const { data, isLoading, isError, error } = useCannedReplies()
  const { data: departments } = useDepartments()
  const [filter, setFilter] = useState(ALL)
  const [editing, setEditing] = useState<AdminCannedReply | "new" | null>(null)
  const remove = useDeleteCannedReply()
  const confirmDelete = useConfirmedDelete()

  const departmentName = (id: string | null) =>
    id ? departments?.departments.find((d) => d.id === id)?.name ?? t("canned.unknown_department") : null
  const shown = (data?.canned_replies ?? []).filter((c) =>
    filter === ALL ? true : filter === GLOBAL ? !c.department_id : c.department_id === filter
  )

  const onDelete = (reply: AdminCannedReply) =>
    confirmDelete(
      {
        title: t("canned.delete_title", { title: reply.title }),
        description: t("canned.delete_description"),
        confirmText: t("actions.delete"),
        cancelText: t("actions.cancel"),
      },
      () => remove.mutateAsync(reply.id),
      t("canned.deleted")
    )

  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div>
            <Heading>{t("canned.title")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{t("canned.subtitle")}</Text>
          </div>
          <div className="flex items-center gap-x-2">
            <div className="w-56">
              <Select size="small" value={filter} onValueChange={setFilter}>
                <Select.Trigger aria-label={t("canned.filter_label")}><Select.Value /></Select.Trigger>
                <Select.Content>
                  <SelectOptions options={[
                    { value: ALL, label: t("canned.filter_all") },
                    { value: GLOBAL, label: t("canned.everyone") },
                    ...(departments?.departments ?? []).map((d) => ({ value: d.id, label: d.name })),
                  ]} />
                </Select.Content>
              </Select>
            </div>
            <Button size="small" variant="secondary" onClick={() => setEditing("new")}>{t("canned.add")}</Button>
          </div>
        </div>
        {isLoading ? (
          <Text size="small" className="px-6 py-4">{t("states.loading")}</Text>
        ) : isError ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>
        ) : !shown.length ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">{filter === ALL ? t("canned.empty") : t("canned.empty_filtered")}</Text>
        ) : (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("canned.columns.title")}</Table.HeaderCell>
                <Table.HeaderCell>{t("canned.columns.offered_to")}</Table.HeaderCell>
                <Table.HeaderCell>{t("canned.columns.text")}</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {shown.map((reply) => (
                <Table.Row key={reply.id} data-testid="canned-reply-row">
                  <Table.Cell><Text size="small" weight="plus">{reply.title}</Text></Table.Cell>
                  <Table.Cell>
                    {reply.department_id ? (
                      <Badge size="2xsmall" color="blue">{departmentName(reply.department_id)}</Badge>
                    ) : (
                      <Badge size="2xsmall">{t("canned.everyone")}</Badge>
                    )}
                  </Table.Cell>
                  <Table.Cell className="max-w-[420px]"><Text size="small" className="text-ui-fg-subtle truncate">{reply.body}</Text></Table.Cell>
                  <Table.Cell>
                    <div className="flex justify-end gap-x-2">
                      <Button size="small" variant="transparent" onClick={() => setEditing(reply)}>{t("actions.edit")}</Button>
                      <Button size="small" variant="transparent" onClick={() => onDelete(reply)}>{t("actions.delete")}</Button>
                    </div>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <CannedReplyDrawer
        reply={editing === "new" ? undefined : editing ?? undefined}
        open={!!editing}
        onOpenChange={(open) => !open && setEditing(null)}
      />
    </div>
  )
}

export default CannedRepliesPage
