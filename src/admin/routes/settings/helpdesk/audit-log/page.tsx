import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { AuditChanges } from "../../../../components/audit-changes"
import { AuditLogFilterBar } from "../../../../components/audit-log-filters"
import { HelpdeskSettingsNav } from "../../../../components/settings-nav"
import { AuditLogFilters, useAuditLog } from "../../../../hooks/api/content"
import { agentName } from "../../../../lib/agent-name"
import { useHelpdeskT } from "../../../../lib/i18n"

const ACTION_COLOR = { created: "green", updated: "blue", deleted: "red" } as const

/** Who changed which helpdesk setting when (SPEC §5 audit), newest first, for supervisors; never secrets. */
const AuditLogPage = () => {
  const t = useHelpdeskT("content")
  const [filters, setFilters] = useState<AuditLogFilters>({})
  // The cursors of the pages before this one: keyset pages go back by remembering where each began.
  const [cursors, setCursors] = useState<(string | null)[]>([null])
  const cursor = cursors[cursors.length - 1]
  const { data, isLoading, isError, error, isFetching } = useAuditLog(filters, cursor)
  const forbidden = (error as { status?: number } | null)?.status === 403

  const onFilters = (next: AuditLogFilters) => {
    setFilters(next)
    setCursors([null])
  }

  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("audit.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("audit.subtitle")}</Text>
        </div>
        {forbidden ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="audit-forbidden">{t("audit.forbidden")}</Text>
        ) : (
          <>
            <AuditLogFilterBar value={filters} onChange={onFilters} />
            {isLoading ? (
              <Text size="small" className="px-6 py-4">{t("states.loading")}</Text>
            ) : isError ? (
              <Text size="small" className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>
            ) : !data?.audit_entries.length ? (
              <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("audit.empty")}</Text>
            ) : (
              <Table>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell>{t("audit.columns.when")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("audit.columns.who")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("audit.columns.what")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("audit.columns.changes")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {data.audit_entries.map((entry) => (
                    <Table.Row key={entry.id} data-testid="audit-entry-row" className="align-top">
                      <Table.Cell className="whitespace-nowrap">
                        <Text size="small">{new Date(entry.created_at).toLocaleString(t.language)}</Text>
                      </Table.Cell>
                      <Table.Cell>
                        <Text size="small">{entry.actor ? agentName(entry.actor) : entry.actor_id ? t("audit.deleted_user") : t("audit.system")}</Text>
                      </Table.Cell>
                      <Table.Cell>
                        <div className="flex flex-col gap-y-1 py-2">
                          <div className="flex items-center gap-x-2">
                            <Badge size="2xsmall" color={ACTION_COLOR[entry.action]}>{t(`audit.actions.${entry.action}`)}</Badge>
                            <Text size="small" className="text-ui-fg-subtle">{t(`audit.object_types.${entry.object_type}`, { defaultValue: entry.object_type })}</Text>
                          </div>
                          <Text size="small" weight="plus">{entry.object_name ?? entry.object_id}</Text>
                        </div>
                      </Table.Cell>
                      <Table.Cell className="max-w-[520px]"><AuditChanges changes={entry.changes} /></Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            )}
            <div className="flex items-center justify-end gap-x-2 px-6 py-3">
              <Button size="small" variant="secondary" disabled={cursors.length < 2 || isFetching} onClick={() => setCursors(cursors.slice(0, -1))}>
                {t("audit.previous")}
              </Button>
              <Button size="small" variant="secondary" disabled={!data?.next_cursor || isFetching} onClick={() => setCursors([...cursors, data!.next_cursor])}>
                {t("audit.next")}
              </Button>
            </div>
          </>
        )}
      </Container>
    </div>
  )
}

export default AuditLogPage
