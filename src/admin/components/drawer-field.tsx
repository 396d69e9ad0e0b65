import { Label, Text } from "@medusajs/ui"
import { ReactNode } from "react"

/** A labelled field of a dialog, with its hint or its error under it. */
export const DrawerField = ({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: string
  error?: string
  hint?: string
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2">
    <Label htmlFor={id} size="small" weight="plus">
      {label}
    </Label>
    {children}
    {error ? (
      <Text size="small" className="text-ui-fg-error">
        {error}
      </Text>
    ) : hint ? (
      <Text size="small" className="text-ui-fg-subtle">
        {hint}
      </Text>
    ) : null}
  </div>
)
