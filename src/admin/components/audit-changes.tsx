import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { AdminAuditEntry } from "../hooks/api/content"
import { useHelpdeskT } from "../lib/i18n"

const SHORT = 80

type Words = { none: string; yes: string; no: string }
const show = (value: unknown, words: Words): string => {
  if (value === null || value === undefined || value === "") return words.none
  if (typeof value === "boolean") return value ? words.yes : words.no
  return typeof value === "string" ? value : JSON.stringify(value)
}
const short = (text: string) => (text.length > SHORT ? `${text.slice(0, SHORT)}…` : text)
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === "object" && !Array.isArray(value)

/** The leaves of a nested value by dotted path, so a change inside a big object reads as the part that changed. */
const leaves = (value: unknown, prefix = "", out = new Map<string, unknown>()) => {
  if (isObject(value)) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, prefix ? `${prefix}.${key}` : key, out)
  } else if (prefix) {
    out.set(prefix, value)
  }
  return out
}

/** One line per changed field; for objects (mail templates), one per changed leaf. */
const changedLines = (field: string, change: { old: unknown; new: unknown }) => {
  if (!isObject(change.old) && !isObject(change.new)) return [{ key: field, path: "", old: change.old, new: change.new }]
  const before = leaves(change.old)
  const after = leaves(change.new)
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((path) => JSON.stringify(before.get(path)) !== JSON.stringify(after.get(path)))
    .map((path) => ({ key: `${field}.${path}`, path, old: before.get(path), new: after.get(path) }))
}

/** What an entry changed, field by field: old → new, secrets only as "changed"; long values open on demand. */
export const AuditChanges = ({ changes }: { changes: AdminAuditEntry["changes"] }) => {
  const t = useHelpdeskT("content")
  const [open, setOpen] = useState(false)
  const fields = Object.entries(changes ?? {})
  if (!fields.length) return <Text size="small" className="text-ui-fg-muted">—</Text>

  const words = { none: t("audit.empty_value"), yes: t("audit.yes"), no: t("audit.no") }
  const lines = fields.flatMap(([field, change]) => {
    const name = t(`audit.fields.${field}`, { defaultValue: field })
    if (change === "changed") return [{ field, name, text: t("audit.secret_changed"), long: false }]
    return changedLines(field, change).map((line) => {
      const text = `${show(line.old, words)} → ${show(line.new, words)}`
      return { field: line.key, name: line.path ? `${name} › ${line.path}` : name, text, long: text.length > SHORT }
    })
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
