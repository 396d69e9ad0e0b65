import { Button, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useAddCustomerNote, useCustomerNotes } from "../hooks/api/agent-tools"

/** Internal notes about the customer, shown beside every ticket of theirs (SPEC §5). */
export const CustomerNotes = ({ customerId }: { customerId: string }) => {
  const { data } = useCustomerNotes(customerId)
  const add = useAddCustomerNote(customerId)
  const [text, setText] = useState("")

  const save = async () => {
    try {
      await add.mutateAsync(text)
      setText("")
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Customer notes</Heading>
      </div>
      {(data?.notes ?? []).map((note) => (
        <div key={note.id} className="flex flex-col gap-y-1 px-6 py-3">
          <Text size="small" className="whitespace-pre-wrap">{note.body}</Text>
          <Text size="xsmall" className="text-ui-fg-muted">{new Date(note.created_at).toLocaleString()}</Text>
        </div>
      ))}
      <div className="flex flex-col gap-y-2 px-6 py-3">
        <Textarea aria-label="Customer note" rows={2} value={text} onChange={(e) => setText(e.target.value)}
          placeholder="Something every agent should know about this customer" />
        <div className="flex justify-end">
          <Button size="small" variant="secondary" disabled={!text.trim()} isLoading={add.isPending} onClick={save}>
            Add customer note
          </Button>
        </div>
      </div>
    </Container>
  )
}
