import { StatusBadge } from "@medusajs/ui"
import { useTicketWorkflow } from "../hooks/api/workflow"

type Colour = "green" | "red" | "blue" | "orange" | "grey" | "purple"
const COLOURS: Colour[] = ["green", "red", "blue", "orange", "grey", "purple"]

/** A status with the label and colour the workflow data gives it. */
export const TicketStatusBadge = ({ status }: { status: string }) => {
  const { data } = useTicketWorkflow()
  const known = data?.statuses.find((s) => s.id === status)
  const color = COLOURS.includes(known?.color as Colour) ? (known!.color as Colour) : "grey"
  return <StatusBadge color={color}>{known?.label ?? status}</StatusBadge>
}
