import { Input, Label, Select } from "@medusajs/ui"
import { AuditLogFilters } from "../hooks/api/content"
import { useAgents } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"
import { SelectOptions } from "./select-options"

/** The kinds of object the log follows (the API's AUDIT_OBJECT_TYPES). */
export const AUDIT_OBJECT_TYPES = ["mailbox", "mail_template", "form", "department", "department_member", "settings", "canned_reply"]
const ANY = "__any__"

/** What, who and when: the audit log's filters. Dates are whole days in the admin's time zone. */
export const AuditLogFilterBar = ({ value, onChange }: { value: AuditLogFilters; onChange: (next: AuditLogFilters) => void }) => {
  const t = useHelpdeskT("content")
  const { data: agents } = useAgents()
  const set = (patch: AuditLogFilters) => onChange({ ...value, ...patch })
  // "To" is stored as the next day's start: show the day before it.
  const day = (iso?: string, shiftMs = 0) => (iso ? toDay(new Date(new Date(iso).getTime() + shiftMs)) : "")

  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="audit-object-type">{t("audit.filters.object_type")}</Label>
        <Select size="small" value={value.object_type ?? ANY} onValueChange={(v) => set({ object_type: v === ANY ? undefined : v })}>
          <Select.Trigger id="audit-object-type"><Select.Value /></Select.Trigger>
          <Select.Content>
            <SelectOptions options={[
              { value: ANY, label: t("audit.filters.any_object") },
              ...AUDIT_OBJECT_TYPES.map((type) => ({ value: type, label: t(`audit.object_types.${type}`) })),
            ]} />
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="audit-actor">{t("audit.filters.actor")}</Label>
        <Select size="small" value={value.actor_id ?? ANY} onValueChange={(v) => set({ actor_id: v === ANY ? undefined : v })}>
          <Select.Trigger id="audit-actor"><Select.Value /></Select.Trigger>
          <Select.Content>
            <SelectOptions options={[
              { value: ANY, label: t("audit.filters.any_actor") },
              ...(agents?.users ?? []).map((u) => ({ value: u.id, label: agentName(u) })),
            ]} />
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="audit-from">{t("audit.filters.from")}</Label>
        <Input id="audit-from" size="small" type="date" value={day(value.created_after)}
          onChange={(e) => set({ created_after: e.target.value ? startOfDay(e.target.value, 0) : undefined })} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small" htmlFor="audit-to">{t("audit.filters.to")}</Label>
        <Input id="audit-to" size="small" type="date" value={day(value.created_before, -1)}
          onChange={(e) => set({ created_before: e.target.value ? startOfDay(e.target.value, 1) : undefined })} />
      </div>
    </div>
  )
}

const pad = (n: number) => String(n).padStart(2, "0")
const toDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
/** Local midnight of `yyyy-mm-dd` plus `days`, as ISO: "to" a day means before the next one starts. */
const startOfDay = (yyyyMmDd: string, days: number) => {
  const [y, m, d] = yyyyMmDd.split("-").map(Number)
  return new Date(y, m - 1, d + days).toISOString()
}
