import { Select, toast } from "@medusajs/ui"
import { useAssignTicket } from "../hooks/api/ticket-dialogs"
import { useAgents, useDepartments } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import { AdminTicket } from "../lib/types"
import { SelectOptions } from "./select-options"

const NONE = "__none__"

/**
 * The assignee or department picker of the info block: a quick change, one
 * "assign" history line each. For a comment, the action bar's Assign… dialog.
 */
export const TicketAssign = ({ ticket, field }: { ticket: AdminTicket; field: "assignee_id" | "department_id" }) => {
  const t = useHelpdeskT("dialogs")
  const assign = useAssignTicket(ticket.id)
  const { data: agents } = useAgents()
  const { data: departments } = useDepartments()
  const isAgent = field === "assignee_id"
  const options = isAgent
    ? (agents?.users ?? []).map((u) => ({ value: u.id, label: agentName(u) }))
    : (departments?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))

  const onChange = async (value: string) => {
    try {
      await assign.mutateAsync({ [field]: value === NONE ? null : value })
      toast.success(t("inline.saved"))
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Select size="small" value={ticket[field] ?? NONE} onValueChange={onChange} disabled={assign.isPending}>
      <Select.Trigger aria-label={isAgent ? t("inline.assignee") : t("inline.department")}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NONE}>{isAgent ? t("inline.unassigned") : t("inline.no_department")}</Select.Item>
        <SelectOptions options={options} />
      </Select.Content>
    </Select>
  )
}
