import { StatusBadge } from "@medusajs/ui"

type Colour = "green" | "red" | "blue" | "orange" | "grey" | "purple"

// Labels for the default statuses; a status added later shows its id until
// the workflow data carries labels and colours of its own.
const STATUSES: Record<string, { label: string; color: Colour }> = {
  new: { label: "New", color: "blue" },
  discussion: { label: "Discussion", color: "purple" },
  reopened: { label: "Reopened", color: "orange" },
  closed: { label: "Closed", color: "green" },
  cancelled: { label: "Cancelled", color: "grey" },
  deleted: { label: "Deleted", color: "red" },
  pending_confirmation: { label: "Pending confirmation", color: "orange" },
}

export const ticketStatusOptions = Object.entries(STATUSES).map(([value, s]) => ({
  label: s.label,
  value,
}))

export const TicketStatusBadge = ({ status }: { status: string }) => {
  const known = STATUSES[status]
  return <StatusBadge color={known?.color ?? "grey"}>{known?.label ?? status}</StatusBadge>
}
