import { Select, toast } from "@medusajs/ui"
import { useCannedReplies, useRenderCannedReply } from "../hooks/api/agent-tools"
import { useHelpdeskT } from "../lib/i18n"

/** Inserts a canned reply, filled in for this ticket (agent's name, customer, number), where the cursor is. */
export const CannedReplyPicker = ({ ticketId, onInsert }: { ticketId: string; onInsert: (text: string) => void }) => {
  const t = useHelpdeskT("composer")
  const { data, isLoading, isError } = useCannedReplies()
  const render = useRenderCannedReply()
  const replies = data?.canned_replies ?? []
  const state = isLoading ? t("canned.loading") : isError ? t("canned.failed") : !replies.length ? t("canned.empty") : null

  const pick = async (id: string) => {
    try {
      const { body } = await render.mutateAsync({ id, ticket_id: ticketId })
      onInsert(body)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <Select size="small" value="" onValueChange={pick} disabled={!!state || render.isPending}>
      <Select.Trigger aria-label={t("canned.label")} className="w-56">
        <Select.Value placeholder={state ?? t("canned.placeholder")} />
      </Select.Trigger>
      <Select.Content>
        {replies.map((c) => (
          <Select.Item key={c.id} value={c.id}>
            {c.title}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
