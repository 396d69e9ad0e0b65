import { Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { TicketDialogProps, useAssignTicket } from "../hooks/api/ticket-dialogs"
import { useAgents, useDepartments } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import { ActionDrawer, failed } from "./action-drawer"
import { DrawerField } from "./drawer-field"
import { SelectOptions } from "./select-options"

const NONE = "__none__"
const fromSelect = (value: string) => (value === NONE ? null : value)

/**
 * Assign to an agent and/or a department with a comment for the history
 * (F-ASSIGN). Only what changed is sent, so an unchanged field writes no
 * history line.
 */
export const TicketAssignDialog = ({ ticket, open, onClose }: TicketDialogProps) => {
  const t = useHelpdeskT("dialogs")
  const assign = useAssignTicket(ticket.id)
  const { data: agents } = useAgents()
  const { data: departments } = useDepartments()
  const [assignee, setAssignee] = useState(ticket.assignee_id ?? NONE)
  const [department, setDepartment] = useState(ticket.department_id ?? NONE)
  const [comment, setComment] = useState("")

  const changes = {
    ...(fromSelect(assignee) !== ticket.assignee_id ? { assignee_id: fromSelect(assignee) } : {}),
    ...(fromSelect(department) !== ticket.department_id ? { department_id: fromSelect(department) } : {}),
  }
  const unchanged = !Object.keys(changes).length

  const submit = async () => {
    try {
      await assign.mutateAsync({ ...changes, comment: comment.trim() || undefined })
      toast.success(t("assign.done"))
      return true
    } catch (error) {
      return failed(error)
    }
  }

  const picker = (id: string, value: string, onChange: (v: string) => void, none: string, options: { value: string; label: string }[]) => (
    <Select value={value} onValueChange={onChange}>
      <Select.Trigger id={id}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NONE}>{none}</Select.Item>
        <SelectOptions options={options} />
      </Select.Content>
    </Select>
  )

  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("assign.title", { number: ticket.number })}
      confirmText={t("assign.submit")}
      disabled={unchanged}
      onConfirm={submit}
    >
      <DrawerField id="assign-agent" label={t("assign.agent")}>
        {picker("assign-agent", assignee, setAssignee, t("assign.unassigned"),
          (agents?.users ?? []).map((u) => ({ value: u.id, label: agentName(u) })))}
      </DrawerField>
      <DrawerField id="assign-department" label={t("assign.department")} hint={unchanged ? t("assign.unchanged") : undefined}>
        {picker("assign-department", department, setDepartment, t("assign.no_department"),
          (departments?.departments ?? []).map((d) => ({ value: d.id, label: d.name })))}
      </DrawerField>
      <DrawerField id="assign-comment" label={t("assign.comment")}>
        <Textarea id="assign-comment" rows={3} placeholder={t("assign.comment_placeholder")} value={comment} onChange={(e) => setComment(e.target.value)} />
      </DrawerField>
    </ActionDrawer>
  )
}
