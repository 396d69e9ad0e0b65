import { Button, toast, usePrompt } from "@medusajs/ui"
import { useNavigate } from "react-router-dom"
import { useTicketAction } from "../hooks/api/tickets"
import { useTicketWorkflow } from "../hooks/api/workflow"
import { AdminTicket } from "../lib/types"

/** Status actions offered by the action matrix for the ticket's current status. */
const BUTTONS: { action: string; path: string; method?: "POST" | "DELETE"; variant: "secondary" | "danger" }[] = [
  { action: "close", path: "close", variant: "secondary" },
  { action: "reopen", path: "reopen", variant: "secondary" },
  { action: "accept", path: "accept", variant: "secondary" },
  { action: "restore", path: "restore", variant: "secondary" },
  { action: "delete", path: "delete", variant: "secondary" },
  { action: "delete_permanently", path: "", method: "DELETE", variant: "danger" },
]

export const TicketActions = ({ ticket, meId }: { ticket: AdminTicket; meId?: string }) => {
  const { data: workflow } = useTicketWorkflow()
  const run = useTicketAction(ticket.id)
  const prompt = usePrompt()
  const navigate = useNavigate()

  const allowed = BUTTONS.flatMap((button) => {
    const action = workflow?.actions.find((a) => a.id === button.action)
    return action && action.actor_types.includes("agent") && ticket.status in action.transitions
      ? [{ ...button, label: action.label }]
      : []
  })

  const onClick = async (button: (typeof allowed)[number]) => {
    if (button.method === "DELETE") {
      const confirmed = await prompt({
        title: `Delete ticket #${ticket.number} for good?`,
        description: "Its messages, notes, history and files are removed and cannot be restored.",
        confirmText: "Delete permanently",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    try {
      await run.mutateAsync({ path: button.path, method: button.method })
      toast.success(`${button.label}: done`)
      if (button.method === "DELETE") navigate("/helpdesk")
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  const watching = !!meId && (ticket.watchers ?? []).some((w) => w.user_id === meId)
  const toggleWatch = async () => {
    try {
      await run.mutateAsync({ path: "watch", method: watching ? "DELETE" : "POST" })
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <div className="flex flex-wrap gap-2">
      <Button size="small" variant="transparent" onClick={toggleWatch}>
        {watching ? "Unfollow" : "Follow"}
      </Button>
      {allowed.map((button) => (
        <Button
          key={button.action}
          size="small"
          variant={button.variant}
          isLoading={run.isPending && run.variables?.path === button.path}
          onClick={() => onClick(button)}
        >
          {button.label}
        </Button>
      ))}
    </div>
  )
}
