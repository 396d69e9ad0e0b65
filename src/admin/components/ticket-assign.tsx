import { Select, toast } from "@medusajs/ui"
import { useTicketAction } from "../hooks/api/tickets"
import { useAgents, useDepartments } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { SelectOptions } from "./select-options"
import { AdminTicket } from "../lib/types"

const NONE = "__none__"

/** Assignee and department pickers; each change is an "assign" action with history. */
export const TicketAssign = ({ ticket, field }: { ticket: AdminTicket; field: "assignee_id" | "department_id" }) => {
  const run = useTicketAction(ticket.id)
  const { data: agents } = useAgents()
  const { data: departments } = useDepartments()
  const options =
    field === "assignee_id"
      ? (agents?.users ?? []).map((u) => ({ value: u.id, label: agentName(u) }))
      : (departments?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))

  const onChange = async (value: string) => {
    try {
      await run.mutateAsync({ path: "assign", body: { [field]: value === NONE ? null : value } })
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Select size="small" value={ticket[field] ?? NONE} onValueChange={onChange}>
      <Select.Trigger aria-label={field === "assignee_id" ? "Assignee" : "Department"}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NONE}>{field === "assignee_id" ? "Unassigned" : "No department"}</Select.Item>
        <SelectOptions options={options} />
      </Select.Content>
    </Select>
  )
}
