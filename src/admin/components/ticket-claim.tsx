import { LockClosedSolid } from "@medusajs/icons"
import { Button, Text, toast, usePrompt } from "@medusajs/ui"
import { AdminDialogTicket } from "../hooks/api/ticket-dialogs"
import { useTicketAction } from "../hooks/api/tickets"
import { useAgents } from "../hooks/api/workflow"
import { agentName } from "../lib/agent-name"
import { useHelpdeskT } from "../lib/i18n"

/**
 * Who is working on the ticket right now (F-LOCK, SPEC §6 "Claim"): claim it,
 * release it, or take it over from a colleague after saying so.
 */
export const TicketClaim = ({ ticket, meId }: { ticket: AdminDialogTicket; meId?: string }) => {
  const t = useHelpdeskT("dialogs")
  const run = useTicketAction(ticket.id)
  const prompt = usePrompt()
  const { data } = useAgents()
  const live =
    ticket.claimed_by_id && ticket.claim_expires_at && new Date(ticket.claim_expires_at) > new Date()
      ? ticket.claimed_by_id
      : null
  const holder = data?.users.find((u) => u.id === live)
  const name = holder ? agentName(holder) : t("claim.another_agent")

  const act = async (method: "POST" | "DELETE", done: string, body?: unknown) => {
    try {
      await run.mutateAsync({ path: "claim", method, body })
      toast.success(done)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  const takeOver = async () => {
    const confirmed = await prompt({
      title: t("claim.confirm_title", { name }),
      description: t("claim.confirm_description", { name }),
      confirmText: t("claim.confirm"),
      cancelText: t("cancel"),
      variant: "confirmation",
    })
    if (confirmed) await act("POST", t("claim.taken_over", { name }), { take_over: true })
  }

  if (ticket.status === "deleted") return null
  if (!live) {
    return (
      <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => act("POST", t("claim.claimed"))}>
        {t("claim.claim")}
      </Button>
    )
  }
  const mine = live === meId
  return (
    <div className="flex items-center gap-2" data-testid="ticket-claim">
      <LockClosedSolid className={mine ? "text-ui-fg-interactive" : "text-ui-fg-muted"} />
      <Text size="small" className="text-ui-fg-subtle">
        {mine ? t("claim.mine") : t("claim.other", { name })}
      </Text>
      {mine ? (
        <Button size="small" variant="secondary" isLoading={run.isPending} onClick={() => act("DELETE", t("claim.released"))}>
          {t("claim.release")}
        </Button>
      ) : (
        <Button size="small" variant="secondary" isLoading={run.isPending} onClick={takeOver}>
          {t("claim.take_over")}
        </Button>
      )}
    </div>
  )
}
