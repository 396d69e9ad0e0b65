import { ChatBubble } from "@medusajs/icons"
import { Button, toast, Tooltip } from "@medusajs/ui"
import { useHelpdeskT } from "../lib/i18n"

const inTimeline = (node: Node | null) => {
  const element = node instanceof Element ? node : node?.parentElement
  return !!element?.closest("[data-timeline-entry]")
}

/** The text the agent has selected in the conversation (entries marked `data-timeline-entry`), else "". */
export function timelineSelection(): string {
  const selection = window.getSelection()
  if (!selection || selection.isCollapsed || !selection.rangeCount) return ""
  const range = selection.getRangeAt(0)
  if (!inTimeline(range.startContainer) && !inTimeline(range.endContainer)) return ""
  return selection.toString().trim()
}

/** Quotes what the agent selected in the conversation into the editor, as a block quote. */
export const QuoteButton = ({ onQuote }: { onQuote: (text: string) => void }) => {
  const t = useHelpdeskT("composer")
  return (
    <Tooltip content={t("quote.hint")}>
      <Button
        type="button"
        size="small"
        variant="transparent"
        // Pressing must not clear the selection it quotes.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          const text = timelineSelection()
          if (text) onQuote(text)
          else toast.info(t("quote.nothing"))
        }}
      >
        <ChatBubble />
        {t("quote.button")}
      </Button>
    </Tooltip>
  )
}
