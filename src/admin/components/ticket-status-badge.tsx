import { StatusBadge } from "@medusajs/ui"
import { useTicketWorkflow } from "../hooks/api/workflow"
import { useHelpdeskT } from "../lib/i18n"

type Colour = "green" | "red" | "blue" | "orange" | "grey" | "purple"
const COLOURS: Colour[] = ["green", "red", "blue", "orange", "grey", "purple"]

/**
 * A status with the colour the workflow data gives it, and its label in the
 * admin's language (a status a store added keeps the label it was given).
 */
export const TicketStatusBadge = ({ status }: { status: string }) => {
  const t = useHelpdeskT("list")
  const { data } = useTicketWorkflow()
  const known = data?.statuses.find((s) => s.id === status)
  const color = COLOURS.includes(known?.color as Colour) ? (known!.color as Colour) : "grey"
  return <StatusBadge color={color}>{t(`statuses.${status}`, { defaultValue: known?.label ?? status })}</StatusBadge>
}
