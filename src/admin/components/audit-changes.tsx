import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { AdminAuditEntry } from "../hooks/api/content"
import { useHelpdeskT } from "../lib/i18n"

const SHORT = 80

const show = (value: unknown, none: string): string => {
  if (value === null || value === undefined || value === "") return none
  return typeof value === "string" ? value : JSON.stringify(value)
}
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT)}…` : text)

/** What an entry changed, field by field: old → new, secrets only as "changed"; long values open on demand. */
export const AuditChanges = ({ changes }: { changes: AdminAuditEntry["changes"] }) => {
  const t = useHelpdeskT("content")
  const [open, setOpen] = useState(false)
  const fields = Object.entries(changes ?? {})
  if (!fields.length) return <Text size="small" className="text-ui-fg-muted">—</Text>

  const none = t("audit.empty_value")
  const lines = fields.map(([field, change]) => {
    const name = t(`audit.fields.${field}`, { defaultValue: field })
    if (change === "changed") return { field, name, text: t("audit.secret_changed"), long: false }
    const text = `${show(change.old, none)} → ${show(change.new, none)}`
    return { field, name, text, long: text.length > SHORT }
  })

  return (
    <div className="flex flex-col gap-y-1 py-2">
      {lines.map(({ field, name, text }) => (
        <Text key={field} size="small" className="whitespace-pre-wrap break-all">
          <span className="text-ui-fg-subtle">{name}: </span>
          {open ? text : short(text)}
        </Text>
      ))}
      {lines.some((l) => l.long) && (
        <Button size="small" variant="transparent" className="w-fit px-0" onClick={() => setOpen(!open)}>
          {open ? t("audit.less") : t("audit.more")}
        </Button>
      )}
    </div>
  )
}
