import { createDataTableFilterHelper } from "@medusajs/ui"
import { useMemo } from "react"
import { useAgents, useDepartments, useTicketWorkflow } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import type { AdminTicket } from "../lib/types"

/** The list's filters by the ids ticket-list-filters.ts reads; some are not columns of a row. */
type FilterRow = AdminTicket & { acted_by: string; unlinked: string }
const filterHelper = createDataTableFilterHelper<FilterRow>()

const CHANNELS = ["email", "form", "cabinet", "admin"]
const DAY = 24 * 60 * 60 * 1000

/**
 * Filters and advanced search (F-LIST): what GET /admin/helpdesk/tickets can
 * filter by, as the DataTable's filter menu. The words of messages, notes and
 * names go through the search box.
 */
export const useTicketFilterDefs = () => {
  const t = useHelpdeskT("list")
  const { data: workflow } = useTicketWorkflow()
  const { data: agents } = useAgents()
  const { data: departments } = useDepartments()
  // Fixed when the page opens, so a chosen preset still matches its option.
  const since = useMemo(() => {
    const ago = (days: number) => ({ $gte: new Date(Date.now() - days * DAY).toISOString() })
    return { day: ago(1), week: ago(7), month: ago(30) }
  }, [])

  return useMemo(() => {
    const agentOptions = (agents?.users ?? []).map((u) => ({ label: agentName(u), value: u.id }))
    const me = { label: t("filters.me"), value: "me" }
    const dateFilter = (id: "created_at" | "updated_at", label: string) =>
      filterHelper.accessor(id, {
        type: "date",
        label,
        format: "date",
        rangeOptionLabel: t("filters.range"),
        rangeOptionStartLabel: t("filters.from"),
        rangeOptionEndLabel: t("filters.to"),
        options: [
          { label: t("filters.lastDay"), value: since.day },
          { label: t("filters.lastWeek"), value: since.week },
          { label: t("filters.lastMonth"), value: since.month },
        ],
      })
    return [
      filterHelper.accessor("status", {
        type: "multiselect",
        label: t("filters.status"),
        options: (workflow?.statuses ?? []).map((s) => ({ label: t(`statuses.${s.id}`, { defaultValue: s.label }), value: s.id })),
      }),
      filterHelper.accessor("assignee_id", {
        type: "select",
        label: t("filters.assignee"),
        options: [
          { label: t("filters.mine"), value: "mine" },
          me,
          { label: t("filters.unassigned"), value: "unassigned" },
          ...agentOptions,
        ],
      }),
      filterHelper.accessor("department_id", {
        type: "multiselect",
        label: t("filters.department"),
        options: (departments?.departments ?? []).map((d) => ({ label: d.name, value: d.id })),
      }),
      filterHelper.accessor("channel", {
        type: "multiselect",
        label: t("filters.channel"),
        searchable: false,
        options: CHANNELS.map((c) => ({ label: t(`channels.${c}`), value: c })),
      }),
      filterHelper.accessor("acted_by", { type: "select", label: t("filters.actedBy"), options: [me, ...agentOptions] }),
      filterHelper.accessor("contact_email", { type: "string", label: t("filters.email"), placeholder: t("filters.emailPlaceholder") }),
      filterHelper.accessor("custom_fields", {
        type: "string",
        label: t("filters.customFields"),
        placeholder: t("filters.customFieldsPlaceholder"),
      }),
      dateFilter("created_at", t("filters.created")),
      dateFilter("updated_at", t("filters.updated")),
      filterHelper.accessor("unread", {
        type: "radio",
        label: t("filters.unread"),
        options: [{ label: t("filters.onlyUnread"), value: "true" }],
      }),
      filterHelper.accessor("unlinked", {
        type: "radio",
        label: t("filters.unlinked"),
        options: [{ label: t("filters.onlyUnlinked"), value: "true" }],
      }),
    ]
  }, [t.language, workflow, agents, departments, since])
}
