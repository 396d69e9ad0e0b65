import { Label, Select, toast } from "@medusajs/ui"
import { useState } from "react"
import { useBulkTicketAction } from "../hooks/api/bulk-actions"
import { useAgents, useDepartments } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { SelectOptions } from "./select-options"
import { ActionDrawer } from "./action-drawer"
import { toastBulkResults } from "./bulk-results"

const KEEP = "__keep__"
const NONE = "__none__"

const picked = (value: string) => (value === KEEP ? undefined : value === NONE ? null : value)

/** Assigns the selected tickets to an agent and/or a department, each with its own history line. */
export const BulkAssignDrawer = ({
  ticketIds,
  numberOf,
  onClose,
  onDone,
}: {
  ticketIds: string[] | null
  numberOf: (id: string) => string | undefined
  onClose: () => void
  onDone: () => void
}) => {
  const { data: agents } = useAgents()
  const { data: departments } = useDepartments()
  const bulk = useBulkTicketAction()
  const [assignee, setAssignee] = useState(KEEP)
  const [department, setDepartment] = useState(KEEP)

  const submit = async () => {
    try {
      const response = await bulk.mutateAsync({
        action: "assign",
        ticket_ids: ticketIds ?? [],
        assignee_id: picked(assignee),
        department_id: picked(department),
      })
      toastBulkResults(response, numberOf)
      onDone()
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    }
  }

  return (
    <ActionDrawer
      open={!!ticketIds}
      onClose={onClose}
      title={`Assign ${ticketIds?.length ?? 0} tickets`}
      confirmText="Assign"
      disabled={assignee === KEEP && department === KEEP}
      onConfirm={submit}
    >
      <Picker
        id="bulk-assignee"
        label="Agent"
        value={assignee}
        onChange={setAssignee}
        noneLabel="Unassigned"
        options={(agents?.users ?? []).map((u) => ({ value: u.id, label: agentName(u) }))}
      />
      <Picker
        id="bulk-department"
        label="Department"
        value={department}
        onChange={setDepartment}
        noneLabel="No department"
        options={(departments?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
      />
    </ActionDrawer>
  )
}

const Picker = ({
  id,
  label,
  value,
  onChange,
  noneLabel,
  options,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  noneLabel: string
  options: { value: string; label: string }[]
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id}>{label}</Label>
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={KEEP}>Keep as it is</Select.Item>
        <Select.Item value={NONE}>{noneLabel}</Select.Item>
        <SelectOptions options={options} />
      </Select.Content>
    </Select>
  </div>
)
