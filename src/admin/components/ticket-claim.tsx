import { Button, Text, toast } from "@medusajs/ui"
import { useTicketAction } from "../hooks/api/tickets"
import { useAgents } from "../hooks/api/workflow"
import { AdminTicket } from "../lib/types"
import { agentName } from "../lib/agent-name"

/** Who is working on the ticket right now, with claim, release and take-over. */
export const TicketClaim = ({ ticket, meId }: { ticket: AdminTicket; meId?: string }) => {
  const run = useTicketAction(ticket.id)
  const { data } = useAgents()
  const live =
    ticket.claimed_by_id && ticket.claim_expires_at && new Date(ticket.claim_expires_at) > new Date()
      ? ticket.claimed_by_id
      : null
  const holder = data?.users.find((u) => u.id === live)

  const act = async (method: "POST" | "DELETE", body?: unknown) => {
    try {
      await run.mutateAsync({ path: "claim", method, body })
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  if (!live) {
    return (
      <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => act("POST")}>
        Claim
      </Button>
    )
  }
  if (live === meId) {
    return (
      <div className="flex items-center gap-2">
        <Text size="small" className="text-ui-fg-subtle">You are working on this ticket</Text>
        <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => act("DELETE")}>
          Release
        </Button>
      </div>
    )
  }
  return (
    <div className="flex items-center gap-2">
      <Text size="small" className="text-ui-fg-subtle">
        {holder ? agentName(holder) : "Another agent"} is working on this ticket
      </Text>
      <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => act("POST", { take_over: true })}>
        Take over
      </Button>
    </div>
  )
}
