import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { HelpdeskSettingsNav } from "../../../../components/settings-nav"
import { WorkflowMatrix } from "../../../../components/workflow-matrix"
import { WorkflowStatusBadge } from "../../../../components/workflow-status-badge"
import { useTicketWorkflow } from "../../../../hooks/api/workflow"
import { useHelpdeskT } from "../../../../lib/i18n"

/** The ticket statuses and the action matrix (SPEC §3, F-WORKFLOW), read-only. */
const WorkflowPage = () => {
  const t = useHelpdeskT("content")
  const { data, isLoading, isError, error } = useTicketWorkflow()

  const body = isLoading ? (
    <Text size="small" className="px-6 py-4">{t("states.loading")}</Text>
  ) : isError ? (
    <Text size="small" className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>
  ) : !data?.statuses.length ? (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("workflow.empty")}</Text>
  ) : null

  return (
    <div className="flex flex-col gap-y-3">
      <HelpdeskSettingsNav />
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("workflow.statuses_title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("workflow.statuses_subtitle")}</Text>
        </div>
        {body ?? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("workflow.columns.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("workflow.columns.id")}</Table.HeaderCell>
                <Table.HeaderCell>{t("workflow.columns.kind")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data!.statuses.map((status) => (
                <Table.Row key={status.id} data-testid="workflow-status-row">
                  <Table.Cell><WorkflowStatusBadge status={status} /></Table.Cell>
                  <Table.Cell><Text size="small" className="font-mono text-ui-fg-subtle">{status.id}</Text></Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={status.is_open ? "green" : "grey"}>
                      {status.is_open ? t("workflow.open") : t("workflow.not_open")}
                    </Badge>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading>{t("workflow.actions_title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{t("workflow.actions_subtitle")}</Text>
        </div>
        {body ?? <WorkflowMatrix statuses={data!.statuses} actions={data!.actions} />}
      </Container>
    </div>
  )
}

export default WorkflowPage
