import { Label, Select, toast } from "@medusajs/ui"
import { useState } from "react"
import { useBulkTicketAction } from "../hooks/api/bulk-actions"
import { useAgents, useDepartments } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import { SelectOptions } from "./select-options"
import { ActionDrawer } from "./action-drawer"
import { toastBulkResults } from "./bulk-results"
import type { RowResult } from "./ticket-list-columns"

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
  onDone: (results: Record<string, RowResult>) => void
}) => {
  const t = useHelpdeskT("list")
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
      onDone(toastBulkResults(response, numberOf, t))
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
      title={t("bulk.assignTitle", { count: ticketIds?.length ?? 0 })}
      confirmText={t("bulk.assign")}
      disabled={assignee === KEEP && department === KEEP}
      onConfirm={submit}
    >
      <Picker
        id="bulk-assignee"
        label={t("bulk.agent")}
        value={assignee}
        onChange={setAssignee}
        keepLabel={t("bulk.keep")}
        noneLabel={t("bulk.noAgent")}
        options={(agents?.users ?? []).map((u) => ({ value: u.id, label: agentName(u) }))}
      />
      <Picker
        id="bulk-department"
        label={t("bulk.department")}
        value={department}
        onChange={setDepartment}
        keepLabel={t("bulk.keep")}
        noneLabel={t("bulk.noDepartment")}
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
  keepLabel,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  noneLabel: string
  options: { value: string; label: string }[]
  keepLabel: string
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id}>{label}</Label>
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={KEEP}>{keepLabel}</Select.Item>
        <Select.Item value={NONE}>{noneLabel}</Select.Item>
        <SelectOptions options={options} />
      </Select.Content>
    </Select>
  </div>
)
