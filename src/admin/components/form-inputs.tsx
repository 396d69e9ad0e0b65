import { Label, Select, Text } from "@medusajs/ui"
import { ReactNode } from "react"
import { useHelpdeskT } from "../lib/i18n"
import { SelectOptions } from "./select-options"

/** A labelled control of the form builder, with its check's message (an i18n key of the "forms" area) below. */
export const BuilderField = ({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) => {
  const t = useHelpdeskT("forms")
  return (
    <div className="flex flex-col gap-y-1">
      <Label htmlFor={id} size="small" weight="plus">{label}</Label>
      {children}
      {hint && !error && <Text size="xsmall" className="text-ui-fg-subtle">{hint}</Text>}
      {error && <Text size="xsmall" className="text-ui-fg-error" role="alert">{error.startsWith("errors.") ? t(error) : error}</Text>}
    </div>
  )
}

// Radix refuses an item whose value is "": "none" stands for the empty choice.
const NONE = "__none"

/** A `Select` over string values where "" means "none" (`noneLabel`). */
export const BuilderSelect = ({
  id,
  value,
  onChange,
  options,
  noneLabel,
  disabled,
}: {
  id: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  noneLabel?: string
  disabled?: boolean
}) => (
  <Select size="small" value={value || NONE} onValueChange={(v) => onChange(v === NONE ? "" : v)} disabled={disabled}>
    <Select.Trigger id={id}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      <SelectOptions options={noneLabel === undefined ? options : [{ value: NONE, label: noneLabel }, ...options]} />
    </Select.Content>
  </Select>
)
