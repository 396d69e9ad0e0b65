import { StatusBadge } from "@medusajs/ui"
import { AdminTicketStatus } from "../lib/types"
import { useHelpdeskT } from "../lib/i18n"

type Colour = "green" | "red" | "blue" | "orange" | "grey" | "purple"
const COLOURS: Colour[] = ["green", "red", "blue", "orange", "grey", "purple"]

/** A status in its colour, its label in the admin's language when it is one of the default statuses. */
export const WorkflowStatusBadge = ({ status }: { status: Pick<AdminTicketStatus, "id" | "label" | "color"> }) => {
  const t = useHelpdeskT("content")
  const color = COLOURS.includes(status.color as Colour) ? (status.color as Colour) : "grey"
  return (
    <StatusBadge color={color} className="whitespace-nowrap">
      {t(`statuses.${status.id}`, { defaultValue: status.label })}
    </StatusBadge>
  )
}
