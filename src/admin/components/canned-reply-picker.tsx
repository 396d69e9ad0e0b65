import { Select, toast } from "@medusajs/ui"
import { useCannedReplies, useRenderCannedReply } from "../hooks/api/agent-tools"

/** Inserts a canned reply, filled in for this ticket, into the editor. */
export const CannedReplyPicker = ({ ticketId, onInsert }: { ticketId: string; onInsert: (text: string) => void }) => {
  const { data } = useCannedReplies()
  const render = useRenderCannedReply()
  if (!data?.canned_replies.length) {
    return null
  }
  const pick = async (id: string) => {
    try {
      const { body } = await render.mutateAsync({ id, ticket_id: ticketId })
      onInsert(body)
    } catch (error) {
      toast.error((error as Error).message)
    }
  }
  return (
    <Select size="small" value="" onValueChange={pick}>
      <Select.Trigger aria-label="Canned reply" className="w-48">
        <Select.Value placeholder="Insert canned reply" />
      </Select.Trigger>
      <Select.Content>
        {data.canned_replies.map((c) => (
          <Select.Item key={c.id} value={c.id}>
            {c.title}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
