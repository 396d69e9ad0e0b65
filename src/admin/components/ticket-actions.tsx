import { BellAlert } from "@medusajs/icons"
import { Badge, Button, toast, usePrompt } from "@medusajs/ui"
import { ComponentType, useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { AdminDialogTicket, TicketDialogProps } from "../hooks/api/ticket-dialogs"
import { useTicketAction } from "../hooks/api/tickets"
import { useTicketWorkflow } from "../hooks/api/workflow"
import { useHelpdeskT } from "../lib/i18n"
import { TicketActionsMenu, TicketDialogKind, TicketMenuEntry } from "./ticket-actions-menu"
import { TicketAssignDialog } from "./ticket-assign-dialog"
import { TicketCustomerDialog } from "./ticket-customer-dialog"
import { TicketForwardDialog } from "./ticket-forward-dialog"
import { TicketMergeDialog } from "./ticket-merge-dialog"
import { TicketOrderDialog } from "./ticket-order-dialog"
import { TicketSplitDialog } from "./ticket-split-dialog"
import { TicketSubjectDialog } from "./ticket-subject-dialog"

/** Status moves shown as buttons, each where the action matrix allows it. */
const MAIN = [
  { action: "close", path: "close" },
  { action: "reopen", path: "reopen" },
  { action: "accept", path: "accept" },
  { action: "restore", path: "restore" },
] as const

const DIALOGS: Record<TicketDialogKind, ComponentType<TicketDialogProps>> = {
  forward: TicketForwardDialog,
  assign: TicketAssignDialog,
  split: TicketSplitDialog,
  merge: TicketMergeDialog,
  subject: TicketSubjectDialog,
  order: TicketOrderDialog,
  customer: TicketCustomerDialog,
}

/**
 * The ticket page's action bar: the status moves the action matrix allows for
 * this status as buttons, everything else under "…" (only what applies), and
 * the dialog an entry opens.
 */
export const TicketActions = ({ ticket, meId }: { ticket: AdminDialogTicket; meId?: string }) => {
  const t = useHelpdeskT("dialogs")
  const { data: workflow } = useTicketWorkflow()
  const run = useTicketAction(ticket.id)
  const prompt = usePrompt()
  const navigate = useNavigate()
  const [dialog, setDialog] = useState<TicketDialogKind | null>(null)

  const allows = (id: string) => {
    const action = workflow?.actions.find((a) => a.id === id)
    return !!action && action.actor_types.includes("agent") && ticket.status in action.transitions
  }
  const watching = !!meId && (ticket.watchers ?? []).some((w) => w.user_id === meId)
  // A ticket in the trash or merged away keeps its details as they are.
  const live = ticket.status !== "deleted" && !ticket.merged_into_id
  const entries: TicketMenuEntry[] = [
    ...(allows("forward") ? (["forward"] as const) : []),
    ...(allows("assign") ? (["assign"] as const) : []),
    ...(live && (ticket.messages?.length ?? 0) > 1 ? (["split"] as const) : []),
    ...(live ? (["merge", "subject", "order", "customer"] as const) : []),
    watching ? "unfollow" : "follow",
    ...(allows("delete") ? (["delete"] as const) : []),
    ...(allows("delete_permanently") ? (["delete_permanently"] as const) : []),
  ]

  const act = async (done: string, path: string, method: "POST" | "DELETE" = "POST") => {
    try {
      await run.mutateAsync({ path, method })
      toast.success(t(`actions.done.${done}`))
      return true
    } catch (error) {
      toast.error((error as Error).message)
      return false
    }
  }

  const deleteForGood = async () => {
    const confirmed = await prompt({
      title: t("actions.delete_forever.title", { number: ticket.number }),
      description: t("actions.delete_forever.description"),
      confirmText: t("actions.delete_forever.confirm"),
      cancelText: t("cancel"),
    })
    if (confirmed && (await act("delete_permanently", "", "DELETE"))) navigate("/helpdesk")
  }

  const onSelect = (entry: TicketMenuEntry) => {
    if (entry === "follow" || entry === "unfollow") void act(entry, "watch", entry === "follow" ? "POST" : "DELETE")
    else if (entry === "delete") void act("delete", "delete")
    else if (entry === "delete_permanently") void deleteForGood()
    else setDialog(entry)
  }

  const mergedNumber = ticket.events?.find((e) => e.type === "merged_into")?.data?.number as string | undefined
  const Dialog = dialog ? DIALOGS[dialog] : null
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="ticket-actions">
      {MAIN.filter((m) => allows(m.action)).map((m) => (
        <Button
          key={m.action}
          size="small"
          variant="secondary"
          isLoading={run.isPending && run.variables?.path === m.path}
          onClick={() => act(m.action, m.path)}
        >
          {t(`actions.${m.action}`)}
        </Button>
      ))}
      <TicketActionsMenu entries={entries} onSelect={onSelect} />
      {ticket.merged_into_id && (
        <Link className="text-ui-fg-interactive txt-compact-small-plus" to={`/helpdesk/${ticket.merged_into_id}`}>
          {t("actions.merged_into", { number: mergedNumber ?? "…" })}
        </Link>
      )}
      {watching && (
        <Badge size="2xsmall" color="blue" className="gap-x-1">
          <BellAlert />
          {t("actions.following")}
        </Badge>
      )}
      {Dialog && <Dialog ticket={ticket} open onClose={() => setDialog(null)} />}
    </div>
  )
}
