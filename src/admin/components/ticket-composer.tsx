import { Container, Tabs } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTicketWorkflow } from "../hooks/api/workflow"
import { COMPOSE_EVENT } from "../hooks/use-ticket-keys"
import { useHelpdeskT } from "../lib/i18n"
import { AdminTicket } from "../lib/types"
import { ComposerMode, ComposerPanel, ComposerPermissions } from "./composer-panel"

/**
 * Reply to the customer, add an internal note, or forward to a colleague.
 * Each tab keeps its own draft while the agent switches between them.
 */
export const TicketComposer = ({ ticket }: { ticket: AdminTicket }) => {
  const t = useHelpdeskT("composer")
  const { data: workflow } = useTicketWorkflow()
  const [mode, setMode] = useState<ComposerMode>("reply")
  const [focus, setFocus] = useState<{ mode: ComposerMode | null; signal: number }>({ mode: null, signal: 0 })

  const allowed = (actionId: string) => !!workflow?.actions.find((a) => a.id === actionId && ticket.status in a.transitions)
  const can: ComposerPermissions = {
    reply: allowed("reply"),
    replyAndClose: allowed("reply_and_close"),
    note: allowed("note"),
    forward: allowed("forward"),
  }
  const modes = (
    [
      ["reply", t("tabs.reply"), can.reply || can.replyAndClose],
      ["note", t("tabs.note"), can.note],
      ["forward", t("tabs.forward"), can.forward],
    ] as const
  ).filter(([, , ok]) => ok)
  const current = modes.some(([m]) => m === mode) ? mode : modes[0]?.[0]
  const available = modes.map(([m]) => m).join(",")

  useEffect(() => {
    const onCompose = (event: Event) => {
      const wanted: ComposerMode = (event as CustomEvent).detail === "note" ? "note" : "reply"
      if (!available.split(",").includes(wanted)) return
      setMode(wanted)
      setFocus((f) => ({ mode: wanted, signal: f.signal + 1 }))
    }
    window.addEventListener(COMPOSE_EVENT, onCompose)
    return () => window.removeEventListener(COMPOSE_EVENT, onCompose)
  }, [available])

  if (!current) {
    return null
  }
  return (
    <Container className="p-0">
      <Tabs value={current} onValueChange={(v) => setMode(v as ComposerMode)}>
        <div className="px-6 pt-4">
          <Tabs.List>
            {modes.map(([value, label]) => (
              <Tabs.Trigger key={value} value={value}>
                {label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
      </Tabs>
      {/* Every tab stays mounted, so a draft survives a look at another tab. */}
      {modes.map(([value]) => (
        <div key={value} data-composer={value} className={value === current ? "px-6 py-4" : "hidden"}>
          <ComposerPanel mode={value} ticket={ticket} can={can} focusSignal={focus.mode === value ? focus.signal : 0} />
        </div>
      ))}
    </Container>
  )
}
