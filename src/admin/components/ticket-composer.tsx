import { Button, Container, Input, Tabs, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTicketAction } from "../hooks/api/tickets"
import { CannedReplyPicker } from "./canned-reply-picker"
import { useTicketWorkflow } from "../hooks/api/workflow"
import { AdminTicket } from "../lib/types"

type Mode = "reply" | "note" | "forward"

/** Reply to the customer, add an internal note, or forward to a colleague. */
export const TicketComposer = ({ ticket }: { ticket: AdminTicket }) => {
  const { data: workflow } = useTicketWorkflow()
  const run = useTicketAction(ticket.id)
  const [mode, setMode] = useState<Mode>("reply")
  const [text, setText] = useState("")
  const [to, setTo] = useState("")

  const allowed = (actionId: string) =>
    !!workflow?.actions.find((a) => a.id === actionId && ticket.status in a.transitions)
  const modes = (
    [
      ["reply", "Reply", allowed("reply")],
      ["note", "Internal note", allowed("note")],
      ["forward", "Forward", allowed("forward")],
    ] as const
  ).filter(([, , ok]) => ok)
  if (!modes.length) {
    return null
  }
  const current = modes.some(([m]) => m === mode) ? mode : modes[0][0]

  const send = async (path: string, body: Record<string, unknown>, done: string) => {
    try {
      await run.mutateAsync({ path, body })
      toast.success(done)
      setText("")
    } catch (error) {
      toast.error((error as Error).message)
    }
  }

  return (
    <Container className="p-0">
      <Tabs value={current} onValueChange={(v) => setMode(v as Mode)}>
        <div className="px-6 pt-4">
          <Tabs.List>
            {modes.map(([value, label]) => (
              <Tabs.Trigger key={value} value={value}>
                {label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        <div className="flex flex-col gap-y-3 px-6 py-4">
          {current === "forward" && (
            <Input
              aria-label="Colleague's email"
              placeholder="colleague@example.com"
              type="email"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          )}
          <Textarea
            aria-label={current === "note" ? "Note" : "Message"}
            rows={5}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={
              current === "note"
                ? "Only agents see notes."
                : current === "forward"
                  ? "What should your colleague look at?"
                  : `Write to ${ticket.contact_name || ticket.contact_email}…`
            }
            className={current === "note" ? "bg-ui-tag-orange-bg" : undefined}
          />
          <div className="flex items-center justify-between">
            {current === "reply" ? (
              <CannedReplyPicker ticketId={ticket.id} onInsert={(body) => setText((t) => (t ? `${t}\n${body}` : body))} />
            ) : (
              <span />
            )}
            <div className="flex gap-2">
              {current === "reply" && (
                <>
                  <Button size="small" variant="secondary" disabled={!text.trim()} isLoading={run.isPending}
                    onClick={() => send("reply", { body_text: text }, "Reply queued")}>
                    Send
                  </Button>
                  <Button size="small" disabled={!text.trim()} isLoading={run.isPending}
                    onClick={() => send("reply", { body_text: text, close: true }, "Reply queued, ticket closed")}>
                    Send and close
                  </Button>
                </>
              )}
              {current === "note" && (
                <Button size="small" disabled={!text.trim()} isLoading={run.isPending}
                  onClick={() => send("notes", { body_text: text }, "Note added")}>
                  Add note
                </Button>
              )}
              {current === "forward" && (
                <Button size="small" disabled={!text.trim() || !to.trim()} isLoading={run.isPending}
                  onClick={() => send("forward", { to, body_text: text }, "Forward queued")}>
                  Forward
                </Button>
              )}
            </div>
          </div>
        </div>
      </Tabs>
    </Container>
  )
}
