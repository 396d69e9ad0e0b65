import { RadioGroup, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { TicketDialogProps, useSplitTicket } from "../hooks/api/ticket-dialogs"
import { useHelpdeskT } from "../lib/i18n"
import { AdminTicketMessage } from "../lib/types"
import { ActionDrawer, failed } from "./action-drawer"

const SNIPPET = 160
const snippet = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim()
  return flat.length > SNIPPET ? `${flat.slice(0, SNIPPET)}…` : flat
}

/**
 * Split the ticket in two (F-SPLIT-MERGE): the picked message and all after
 * it move to a new ticket. The first message cannot be picked: the ticket
 * would be left empty.
 */
export const TicketSplitDialog = ({ ticket, open, onClose }: TicketDialogProps) => {
  const t = useHelpdeskT("dialogs")
  const navigate = useNavigate()
  const split = useSplitTicket(ticket.id)
  const [messageId, setMessageId] = useState<string>("")
  // The page may show history newest first; a split counts from the oldest.
  const messages = [...(ticket.messages ?? [])].sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  const candidates = messages.slice(1)

  const describe = (m: AdminTicketMessage) =>
    t("split.by", {
      kind: t(`split.kind.${m.kind}`),
      author: m.author_name || m.author_email || "—",
      date: new Date(m.created_at).toLocaleString(t.language),
    })

  const submit = async () => {
    try {
      const { split_ticket } = await split.mutateAsync({ message_id: messageId })
      toast.success(t("split.done", { number: split_ticket.number }), {
        action: { label: t("split.open"), altText: t("split.open"), onClick: () => navigate(`/helpdesk/${split_ticket.id}`) },
      })
      return true
    } catch (error) {
      return failed(error)
    }
  }

  return (
    <ActionDrawer
      open={open}
      onClose={onClose}
      title={t("split.title", { number: ticket.number })}
      description={t("split.intro")}
      confirmText={t("split.submit")}
      disabled={!messageId}
      onConfirm={submit}
    >
      {!candidates.length ? (
        <Text size="small" className="text-ui-fg-subtle">
          {t("split.too_few")}
        </Text>
      ) : (
        <RadioGroup value={messageId} onValueChange={setMessageId} aria-label={t("split.pick")} className="flex flex-col gap-y-2">
          {candidates.map((m) => (
            <RadioGroup.ChoiceBox
              key={m.id}
              id={`split-${m.id}`}
              value={m.id}
              label={describe(m)}
              description={snippet(m.body_text) || "—"}
            />
          ))}
        </RadioGroup>
      )}
    </ActionDrawer>
  )
}
