import { CheckCircleSolid, ExclamationCircleSolid } from "@medusajs/icons"
import { createDataTableColumnHelper, Tooltip } from "@medusajs/ui"
import { ReactNode, useMemo } from "react"
import { useAgents, useDepartments } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import type { AdminTicket } from "../lib/types"
import { TicketStatusBadge } from "./ticket-status-badge"

/** What a bulk action did to one row: shown in that row until the next action. */
export type RowResult = { ok: true; label: string } | { ok: false; message: string }

const columnHelper = createDataTableColumnHelper<AdminTicket>()

/** Unread rows (a customer wrote since this agent last opened the ticket) are bold. */
const Cell = ({ ticket, children, className = "" }: { ticket: AdminTicket; children: ReactNode; className?: string }) => (
  <span className={`${ticket.unread ? "font-medium text-ui-fg-base" : ""} ${className}`}>{children}</span>
)

const ResultCell = ({ result }: { result?: RowResult }) => {
  if (!result) return null
  return result.ok ? (
    <span className="text-ui-fg-interactive flex items-center gap-x-1" data-bulk-result="ok">
      <CheckCircleSolid />
      {result.label}
    </span>
  ) : (
    <Tooltip content={result.message}>
      <span className="text-ui-fg-error flex max-w-[220px] items-center gap-x-1" data-bulk-result="refused">
        <ExclamationCircleSolid className="shrink-0" />
        <span className="truncate">{result.message}</span>
      </span>
    </Tooltip>
  )
}

export const useTicketColumns = (results: Record<string, RowResult>) => {
  const t = useHelpdeskT("list")
  const { data: agents } = useAgents()
  const { data: departments } = useDepartments()
  const showResults = Object.keys(results).length > 0

  return useMemo(() => {
    const agentById = new Map((agents?.users ?? []).map((u) => [u.id, agentName(u)]))
    const departmentById = new Map((departments?.departments ?? []).map((d) => [d.id, d.name]))
    const channel = (id: string) => t(`channels.${id}`, { defaultValue: id })
    return [
      columnHelper.select(),
      columnHelper.accessor("number", {
        header: t("columns.number"),
        cell: ({ row }) => <Cell ticket={row.original} className="font-mono">#{row.original.number}</Cell>,
      }),
      columnHelper.accessor("subject", {
        header: t("columns.subject"),
        cell: ({ row }) => (
          <span
            className={`flex max-w-[360px] items-center gap-x-2 truncate ${row.original.unread ? "font-medium text-ui-fg-base" : ""}`}
            data-unread={row.original.unread ? "true" : undefined}
          >
            {row.original.unread && (
              <span className="bg-ui-fg-interactive size-2 shrink-0 rounded-full" aria-label={t("columns.unread")} />
            )}
            <span className="truncate">{row.original.subject}</span>
          </span>
        ),
      }),
      columnHelper.accessor("contact_email", {
        header: t("columns.customer"),
        cell: ({ row }) => (
          <div className="flex flex-col">
            <Cell ticket={row.original}>{row.original.contact_name || row.original.contact_email}</Cell>
            {row.original.contact_name && <span className="text-ui-fg-subtle txt-small">{row.original.contact_email}</span>}
          </div>
        ),
      }),
      columnHelper.accessor("status", {
        header: t("columns.status"),
        cell: ({ getValue }) => <TicketStatusBadge status={getValue()} />,
      }),
      columnHelper.accessor("assignee_id", {
        header: t("columns.assignee"),
        cell: ({ row }) => {
          const { assignee_id, department_id } = row.original
          const agent = assignee_id ? agentById.get(assignee_id) ?? assignee_id : null
          const department = department_id ? departmentById.get(department_id) ?? department_id : null
          return (
            <div className="flex flex-col">
              <Cell ticket={row.original} className={agent ? "" : "text-ui-fg-muted"}>{agent ?? t("unassigned")}</Cell>
              {department && <span className="text-ui-fg-subtle txt-small">{department}</span>}
            </div>
          )
        },
      }),
      columnHelper.accessor("channel", {
        header: t("columns.channel"),
        cell: ({ row }) => <Cell ticket={row.original}>{channel(row.original.channel)}</Cell>,
      }),
      columnHelper.accessor("updated_at", {
        header: t("columns.updated"),
        enableSorting: true,
        sortLabel: t("columns.updated"),
        cell: ({ row }) => (
          <Cell ticket={row.original} className="whitespace-nowrap">
            {new Date(row.original.updated_at).toLocaleString(t.language)}
          </Cell>
        ),
      }),
      ...(showResults
        ? [
            columnHelper.display({
              id: "result",
              header: t("columns.result"),
              cell: ({ row }) => <ResultCell result={results[row.original.id]} />,
            }),
          ]
        : []),
    ]
  }, [t.language, agents, departments, results, showResults])
}
