import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import {
  createDataTableCommandHelper,
  DataTable,
  DataTableFilteringState,
  DataTableRowSelectionState,
  DataTableSortingState,
  Heading,
  Text,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import { BulkAssignDrawer } from "../../components/bulk-assign-drawer"
import { toastBulkResults } from "../../components/bulk-results"
import { CreateTicketModal } from "../../components/create-ticket-modal"
import { useKeysetPaging } from "../../components/keyset-paging"
import { SavedViews } from "../../components/saved-views"
import { EmptyTrashButton, RefreshNowButton } from "../../components/ticket-list-buttons"
import { RowResult, useTicketColumns } from "../../components/ticket-list-columns"
import { TicketListLayout } from "../../components/ticket-list-layout"
import { useTicketFilterDefs } from "../../components/ticket-list-filter-defs"
import { filtersToState, stateToFilters } from "../../components/ticket-list-filters"
import { useRememberListIds, useSessionState, useSlashFocus } from "../../components/ticket-list-hooks"
import { ActiveView } from "../../components/ticket-list-views"
import { BulkAction, useBulkTicketAction } from "../../hooks/api/bulk-actions"
import { TicketListFilters, TicketListQuery, useTickets } from "../../hooks/api/tickets"
import { useHelpdeskT } from "../../lib/i18n"

const PAGE_SIZE = 20
const SEARCH_ID = "helpdesk-ticket-search"
const commandHelper = createDataTableCommandHelper()

const HelpdeskPage = () => {
  const t = useHelpdeskT("list")
  const navigate = useNavigate()
  const [active, setActive] = useSessionState<ActiveView | null>("helpdesk:list-view", "builtin:all")
  const [search, setSearch] = useSessionState("helpdesk:list-search", "")
  const [filtering, setFiltering] = useSessionState<DataTableFilteringState>("helpdesk:list-filters", {})
  const [sorting, setSorting] = useSessionState<DataTableSortingState | null>("helpdesk:list-sort", { id: "updated_at", desc: true })
  const paging = useKeysetPaging(PAGE_SIZE)
  const [rowSelection, setRowSelection] = useState<DataTableRowSelectionState>({})
  const [assigning, setAssigning] = useState<string[] | null>(null)
  const [results, setResults] = useState<Record<string, RowResult>>({})

  const current = useMemo(() => stateToFilters(filtering, search), [filtering, search])
  const order = (sorting ? `${sorting.desc ? "-" : ""}${sorting.id}` : "-updated_at") as TicketListQuery["order"]
  const listKey = JSON.stringify([current, order])
  useEffect(() => {
    paging.reset()
    setResults({})
  }, [listKey])

  const { data, isLoading, isError, error, isPlaceholderData } = useTickets({ ...current, order, ...paging.pageQuery })
  useEffect(() => {
    if (data && !isPlaceholderData) paging.received(paging.pagination.pageIndex, data.next_cursor)
  }, [data, isPlaceholderData])
  useRememberListIds((data?.tickets ?? []).map((ticket) => ticket.id))
  useSlashFocus(SEARCH_ID)

  const selectView = (view: ActiveView | null, filters: TicketListFilters) => {
    const next = filtersToState(filters)
    setActive(view)
    setFiltering(next.filtering)
    setSearch(next.search)
    setRowSelection({})
    paging.reset()
  }

  const bulk = useBulkTicketAction()
  const numberOf = (id: string) => data?.tickets.find((ticket) => ticket.id === id)?.number
  const selected = (selection: DataTableRowSelectionState) => Object.keys(selection).filter((id) => selection[id])
  const bulkDone = (rows: Record<string, RowResult>) => {
    setResults(rows)
    setRowSelection({})
  }
  const runBulk = async (action: Exclude<BulkAction, "assign">, selection: DataTableRowSelectionState) => {
    try {
      bulkDone(toastBulkResults(await bulk.mutateAsync({ action, ticket_ids: selected(selection) }), numberOf, t))
    } catch (e) {
      toast.error((e as Error).message)
    }
  }
  const commands = [
    commandHelper.command({ label: t("bulk.assign"), shortcut: "a", action: (selection) => setAssigning(selected(selection)) }),
    commandHelper.command({ label: t("bulk.close"), shortcut: "c", action: (selection) => runBulk("close", selection) }),
    commandHelper.command({ label: t("bulk.delete"), shortcut: "d", action: (selection) => runBulk("delete", selection) }),
    commandHelper.command({ label: t("bulk.restore"), shortcut: "r", action: (selection) => runBulk("restore", selection) }),
  ]

  const table = useDataTable({
    columns: useTicketColumns(results),
    data: data?.tickets ?? [],
    getRowId: (ticket) => ticket.id,
    rowCount: data?.count ?? 0,
    isLoading,
    filters: useTicketFilterDefs(),
    commands,
    rowSelection: { state: rowSelection, onRowSelectionChange: setRowSelection },
    pagination: { state: paging.pagination, onPaginationChange: paging.setPagination },
    search: { state: search, onSearchChange: setSearch },
    filtering: { state: filtering, onFilteringChange: setFiltering },
    sorting: { state: sorting, onSortingChange: setSorting },
    onRowClick: (_, ticket) => navigate(`/helpdesk/${ticket.id}`),
  })

  return (
    <>
      <TicketListLayout side={<SavedViews active={active} current={current} onSelect={selectView} />}>
        <DataTable instance={table}>
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 md:flex-row md:items-center">
            <div>
              <Heading>{t("title")}</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                {t("subtitle")}
              </Text>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <DataTable.FilterMenu tooltip={t("filter")} />
              <DataTable.SortingMenu tooltip={t("sort")} />
              <span id={SEARCH_ID} className="contents">
                <DataTable.Search placeholder={t("search")} />
              </span>
              {active === "builtin:trash" && <EmptyTrashButton />}
              <RefreshNowButton />
              <CreateTicketModal />
            </div>
          </DataTable.Toolbar>
          {isError && <Text className="text-ui-fg-error px-6 py-4">{t("error", { message: (error as Error).message })}</Text>}
          <DataTable.Table
            emptyState={{
              empty: { heading: t("empty.heading"), description: t("empty.description") },
              filtered: { heading: t("empty.filteredHeading"), description: t("empty.filteredDescription") },
            }}
          />
          <DataTable.Pagination />
          <DataTable.CommandBar selectedLabel={(count) => t("selected", { count })} />
        </DataTable>
      </TicketListLayout>
      <BulkAssignDrawer
        ticketIds={assigning}
        numberOf={numberOf}
        onClose={() => setAssigning(null)}
        onDone={(rows) => {
          setAssigning(null)
          bulkDone(rows)
        }}
      />
    </>
  )
}

export const config = defineRouteConfig({
  label: "Helpdesk",
  icon: ChatBubbleLeftRight,
})

export default HelpdeskPage
