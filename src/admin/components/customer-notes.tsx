import { Button, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useAddCustomerNote, useCustomerNotes } from "../hooks/api/agent-tools"
import { useHelpdeskT } from "../lib/i18n"

/** Internal notes about the customer, shown beside every ticket of theirs (SPEC §5). */
export const CustomerNotes = ({ customerId }: { customerId: string }) => {
  const t = useHelpdeskT("panel")
  const { data, isLoading, isError, error } = useCustomerNotes(customerId)
  const add = useAddCustomerNote(customerId)
  const [text, setText] = useState("")
  const notes = data?.notes ?? []

  const save = async () => {
    try {
      await add.mutateAsync(text)
      setText("")
      toast.success(t("notes.added"))
    } catch (err) {
      toast.error((err as Error).message)
    }
  }

  const status = isLoading
    ? { className: "text-ui-fg-subtle", text: t("notes.loading") }
    : isError
      ? { className: "text-ui-fg-error", text: t("notes.load_failed", { message: (error as Error).message }) }
      : !notes.length
        ? { className: "text-ui-fg-subtle", text: t("notes.empty") }
        : null

  return (
    <Container className="divide-y p-0" data-testid="customer-notes">
      <div className="px-6 py-4">
        <Heading level="h2">{t("notes.title")}</Heading>
      </div>
      {status && (
        <Text size="small" className={`px-6 py-3 ${status.className}`}>
          {status.text}
        </Text>
      )}
      {notes.map((note) => (
        <div key={note.id} className="flex flex-col gap-y-1 px-6 py-3">
          <Text size="small" className="whitespace-pre-wrap">{note.body}</Text>
          <Text size="xsmall" className="text-ui-fg-muted">{new Date(note.created_at).toLocaleString(t.language)}</Text>
        </div>
      ))}
      <div className="flex flex-col gap-y-2 px-6 py-3">
        <Textarea aria-label={t("notes.label")} rows={2} value={text} onChange={(e) => setText(e.target.value)} placeholder={t("notes.placeholder")} />
        <div className="flex justify-end">
          <Button size="small" variant="secondary" disabled={!text.trim()} isLoading={add.isPending} onClick={save}>
            {t("notes.add")}
          </Button>
        </div>
      </div>
    </Container>
  )
}
