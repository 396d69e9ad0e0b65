import { Badge, Table, Text } from "@medusajs/ui"
import { AdminTicketAction, AdminTicketStatus } from "../lib/types"
import { useHelpdeskT } from "../lib/i18n"
import { WorkflowStatusBadge } from "./workflow-status-badge"

/** "Go back to the status the ticket had when it was deleted" (the workflow's own marker). */
const PREVIOUS_STATUS = "$previous"
const DELETE_PERMANENTLY = "delete_permanently"
const ACTOR_COLOR: Record<string, "blue" | "purple" | "grey"> = { agent: "blue", customer: "purple", system: "grey" }

type Action = AdminTicketAction & { assigns_actor?: boolean }

/**
 * One row per action, one column per status the ticket is in: the status the
 * action leaves it in, "stays" when it keeps it, and a dash where the action is
 * not allowed (the API answers 409 there).
 */
export const WorkflowMatrix = ({ statuses, actions }: { statuses: AdminTicketStatus[]; actions: Action[] }) => {
  const t = useHelpdeskT("content")
  const byId = new Map(statuses.map((s) => [s.id, s]))

  const cell = (action: Action, from: string) => {
    if (!(from in action.transitions)) {
      return <Text size="small" className="text-ui-fg-muted" aria-label={t("workflow.not_allowed")}>—</Text>
    }
    const to = action.transitions[from]
    // Deleting for good keeps no status: the ticket is gone.
    if (action.id === DELETE_PERMANENTLY) return <Text size="small" className="text-ui-fg-error">{t("workflow.removed")}</Text>
    if (to === null || to === from) return <Text size="small" className="text-ui-fg-subtle">{t("workflow.stays")}</Text>
    if (to === PREVIOUS_STATUS) return <Text size="small" className="text-ui-fg-subtle">{t("workflow.previous")}</Text>
    const target = byId.get(to)
    return target ? <WorkflowStatusBadge status={target} /> : <Text size="small" className="font-mono">{to}</Text>
  }

  if (!actions.length) {
    return <Text size="small" className="text-ui-fg-subtle px-6 py-4">{t("workflow.no_actions")}</Text>
  }
  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("workflow.columns.action")}</Table.HeaderCell>
            <Table.HeaderCell>{t("workflow.columns.who")}</Table.HeaderCell>
            {statuses.map((s) => (
              <Table.HeaderCell key={s.id} className="whitespace-nowrap">
                {t("workflow.from", { status: t(`statuses.${s.id}`, { defaultValue: s.label }) })}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {actions.map((action) => (
            <Table.Row key={action.id} data-testid="workflow-action-row">
              <Table.Cell>
                <div className="flex flex-col py-2">
                  <Text size="small" weight="plus" className="whitespace-nowrap">{t(`actions_names.${action.id}`, { defaultValue: action.label })}</Text>
                  {action.assigns_actor && <Text size="xsmall" className="text-ui-fg-subtle">{t("workflow.assigns_actor")}</Text>}
                </div>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap gap-1">
                  {action.actor_types.map((who) => (
                    <Badge key={who} size="2xsmall" color={ACTOR_COLOR[who] ?? "grey"}>{t(`workflow.actors.${who}`, { defaultValue: who })}</Badge>
                  ))}
                </div>
              </Table.Cell>
              {statuses.map((s) => (
                <Table.Cell key={s.id}>{cell(action, s.id)}</Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
