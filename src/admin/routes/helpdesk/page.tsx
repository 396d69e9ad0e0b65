import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import {
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  DataTable,
  DataTableFilteringState,
  DataTablePaginationState,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { CreateTicketModal } from "../../components/create-ticket-modal"
import { SavedViews } from "../../components/saved-views"
import { TicketStatusBadge } from "../../components/ticket-status-badge"
import { useTickets } from "../../hooks/api/tickets"
import { useTicketWorkflow } from "../../hooks/api/workflow"
import { AdminTicket } from "../../lib/types"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<AdminTicket>()
const filterHelper = createDataTableFilterHelper<AdminTicket>()

const columns = [
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
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Helpdesk",
  icon: ChatBubbleLeftRight,
})

export default HelpdeskPage
