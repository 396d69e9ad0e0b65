import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableCommandHelper,
  createDataTableFilterHelper,
  DataTable,
  DataTableFilteringState,
  DataTablePaginationState,
  DataTableRowSelectionState,
  Heading,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { BulkAssignDrawer } from "../../components/bulk-assign-drawer"
import { toastBulkResults } from "../../components/bulk-results"
import { CreateTicketModal } from "../../components/create-ticket-modal"
import { SavedViews } from "../../components/saved-views"
import { TicketStatusBadge } from "../../components/ticket-status-badge"
import { BulkAction, useBulkTicketAction, useRefreshNow } from "../../hooks/api/bulk-actions"
import { useTickets } from "../../hooks/api/tickets"
import { useTicketWorkflow } from "../../hooks/api/workflow"
import { AdminTicket } from "../../lib/types"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<AdminTicket>()
const filterHelper = createDataTableFilterHelper<AdminTicket>()
const commandHelper = createDataTableCommandHelper()

const columns = [
  columnHelper.select(),
  columnHelper.accessor("number", {
    header: "Number",
    cell: ({ getValue }) => <span className="font-mono">#{getValue()}</span>,
  }),
  columnHelper.accessor("subject", {
    header: "Subject",
    cell: ({ row }) => (
      <span
        className={`flex max-w-[360px] items-center gap-x-2 truncate ${row.original.unread ? "font-medium text-ui-fg-base" : ""}`}
        data-unread={row.original.unread ? "true" : undefined}
      >
        {row.original.unread && <span className="bg-ui-fg-interactive size-2 shrink-0 rounded-full" aria-label="Unread" />}
        {row.original.subject}
      </span>
    ),
  }),
  columnHelper.accessor("contact_email", {
    header: "Customer",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span>{row.original.contact_name || row.original.contact_email}</span>
        {row.original.contact_name && (
          <span className="text-ui-fg-subtle txt-small">{row.original.contact_email}</span>
        )}
      </div>
    ),
  }),
  columnHelper.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <TicketStatusBadge status={getValue()} />,
  }),
  columnHelper.accessor("channel", { header: "Channel" }),
  columnHelper.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => new Date(getValue()).toLocaleString(),
  }),
]

const unreadFilter = filterHelper.accessor("unread", {
  type: "radio",
  label: "Unread",
  options: [{ label: "Only unread", value: "true" }],
})

const assigneeFilter = filterHelper.accessor("assignee_id", {
  type: "select",
  label: "Assignee",
  options: [
    { label: "Me", value: "me" },
    { label: "Unassigned", value: "unassigned" },
  ],
})

const HelpdeskPage = () => {
  const navigate = useNavigate()
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageSize: PAGE_SIZE,
    pageIndex: 0,
  })
  const [search, setSearch] = useState("")
  const [filtering, setFiltering] = useState<DataTableFilteringState>({})

  const query = useMemo(
    () => ({
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
      q: search || undefined,
      status: (filtering.status as string[] | undefined)?.length
        ? (filtering.status as string[])
        : undefined,
      assignee_id: (filtering.assignee_id as string | undefined) || undefined,
      unread: filtering.unread === "true" ? true : undefined,
    }),
    [pagination, search, filtering]
  )
  const { data, isLoading, isError, error } = useTickets(query)
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const [assigning, setAssigning] = useState<string[] | null>(null)
  const bulk = useBulkTicketAction()
  const refresh = useRefreshNow()
  const numberOf = (id: string) => data?.tickets.find((t) => t.id === id)?.number
  const selected = (selection: DataTableRowSelectionState) => Object.keys(selection).filter((id) => selection[id])

  const runBulk = async (action: Exclude<BulkAction, "assign">, selection: DataTableRowSelectionState) => {
    try {
      toastBulkResults(await bulk.mutateAsync({ action, ticket_ids: selected(selection) }), numberOf)
      setRowSelection({})
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const commands = [
    commandHelper.command({ label: "Assign", shortcut: "a", action: (selection) => setAssigning(selected(selection)) }),
    commandHelper.command({ label: "Close", shortcut: "c", action: (selection) => runBulk("close", selection) }),
    commandHelper.command({ label: "Delete", shortcut: "d", action: (selection) => runBulk("delete", selection) }),
    commandHelper.command({ label: "Restore", shortcut: "r", action: (selection) => runBulk("restore", selection) }),
  ]

  const refreshNow = async () => {
    try {
      const result = await refresh.mutateAsync()
      const failed = result.mailboxes.filter((m) => m.error)
      toast.success(`Mail checked: ${result.imported} new ${result.imported === 1 ? "message" : "messages"}`)
      if (failed.length) {
        toast.warning(`${failed.length} ${failed.length === 1 ? "mailbox" : "mailboxes"} could not be checked`, {
          description: failed.map((m) => `${m.name}: ${m.error}`).join("\n"),
          duration: 10_000,
        })
      }
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const { data: workflow } = useTicketWorkflow()
  const filters = useMemo(
    () => [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: "Status",
        options: (workflow?.statuses ?? []).map((s) => ({ label: s.label, value: s.id })),
      }),
      assigneeFilter,
      unreadFilter,
    ],
    [workflow]
  )

  const table = useDataTable({
    columns,
    data: data?.tickets ?? [],
    getRowId: (ticket) => ticket.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters,
    commands,
    rowSelection: { state: rowSelection, onRowSelectionChange: setRowSelection },
    pagination: { state: pagination, onPaginationChange: setPagination },
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    onRowClick: (_, ticket) => navigate(`/helpdesk/${ticket.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
          <div>
            <Heading>Tickets</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Customer requests from every channel
            </Text>
          </div>
          <div className="flex flex-wrap gap-2">
            <SavedViews
              current={{
                ...(query.status ? { status: query.status } : {}),
                ...(query.assignee_id ? { assignee_id: query.assignee_id } : {}),
                ...(query.unread ? { unread: true } : {}),
                ...(query.q ? { q: query.q } : {}),
              }}
              onApply={(f) => {
                setFiltering({
                  ...(f.status ? { status: [f.status].flat() as string[] } : {}),
                  ...(f.assignee_id ? { assignee_id: String(f.assignee_id) } : {}),
                  ...(f.unread ? { unread: "true" } : {}),
                })
                setSearch(typeof f.q === "string" ? f.q : "")
                setPagination((p) => ({ ...p, pageIndex: 0 }))
              }}
            />
            <DataTable.FilterMenu tooltip="Filter" />
            <DataTable.Search placeholder="Number, email or subject" />
            <Button size="small" variant="secondary" isLoading={refresh.isPending} onClick={refreshNow}>
              Refresh now
            </Button>
            <CreateTicketModal />
          </div>
        </DataTable.Toolbar>
        {isError && (
          <Text className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>
        )}
        <DataTable.Table
          emptyState={{
            empty: { heading: "No tickets yet", description: "Requests from customers appear here." },
            filtered: { heading: "No matching tickets", description: "Try other filters or words." },
          }}
        />
        <DataTable.Pagination />
        <DataTable.CommandBar selectedLabel={(count) => `${count} selected`} />
      </DataTable>
      <BulkAssignDrawer
        ticketIds={assigning}
        numberOf={numberOf}
        onClose={() => setAssigning(null)}
        onDone={() => {
          setAssigning(null)
          setRowSelection({})
        }}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Helpdesk",
  icon: ChatBubbleLeftRight,
})

export default HelpdeskPage
