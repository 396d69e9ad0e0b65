import { Button, Text } from "@medusajs/ui"
import { useEffect, useMemo, useRef, useState } from "react"
import { HistoryMessage } from "../hooks/api/history"
import { useHelpdeskT } from "../lib/i18n"
import { prepareMailHtml } from "../lib/mail-html"
import { attachmentUrl, backendOrigin } from "./message-attachments"

const SAFE_LINK = /^(https?:|mailto:|tel:)/i
const MIN_HEIGHT = 24

/**
 * Makes the frame as tall as its mail and opens links in a new tab. The
 * frame is same-origin (sandbox allow-same-origin) but runs no scripts, so
 * only this code, running in the admin, touches its document.
 */
const useFrameFit = (frame: React.RefObject<HTMLIFrameElement>) => {
  useEffect(() => {
    const el = frame.current
    if (!el) return
    let width = -1
    const fit = () => {
      const doc = el.contentDocument
      if (!doc?.documentElement) return
      // Collapse first: a document is never shorter than its frame, so
      // measuring at the current height could only ever grow it.
      el.style.height = `${MIN_HEIGHT}px`
      el.style.height = `${Math.min(doc.documentElement.scrollHeight, 20_000)}px`
    }
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null
      if (!link) return
      event.preventDefault()
      const href = link.getAttribute("href") ?? ""
      if (SAFE_LINK.test(href.trim())) window.open(href.trim(), "_blank", "noopener,noreferrer")
    }
    const onLoad = () => {
      fit()
      el.contentDocument?.addEventListener("click", onClick)
    }
    el.addEventListener("load", onLoad)
    if (el.contentDocument?.readyState === "complete") onLoad()
    // Only a new width reflows the mail; its own height changes must not loop back here.
    const resize = new ResizeObserver(([entry]) => {
      if (Math.round(entry.contentRect.width) === width) return
      width = Math.round(entry.contentRect.width)
      fit()
    })
    resize.observe(el)
    return () => {
      el.removeEventListener("load", onLoad)
      resize.disconnect()
    }
  }, [frame])
}

const MailFrame = ({ ticketId, message }: { ticketId: string; message: HistoryMessage }) => {
  const t = useHelpdeskT("ticket")
  const [showImages, setShowImages] = useState(false)
  const frame = useRef<HTMLIFrameElement>(null)
  useFrameFit(frame)
  const prepared = useMemo(() => {
    const byCid = new Map((message.attachments ?? []).filter((a) => a.content_id).map((a) => [a.content_id!.replace(/^<|>$/g, ""), a]))
    return prepareMailHtml(message.body_html ?? "", {
      showImages,
      attachmentOrigin: backendOrigin(),
      cidUrl: (cid) => {
        const file = byCid.get(cid)
        return file ? attachmentUrl(ticketId, file.id) : null
      },
    })
  }, [message, ticketId, showImages])

  return (
    <div className="flex flex-col gap-y-2">
      {prepared.remoteImages > 0 && !showImages && (
        <div className="bg-ui-bg-subtle flex items-center justify-between gap-x-2 rounded-md px-3 py-2">
          <Text size="small" className="text-ui-fg-subtle">
            {t("history.imagesBlocked")}
          </Text>
          <Button size="small" variant="secondary" onClick={() => setShowImages(true)}>
            {t("history.showImages")}
          </Button>
        </div>
      )}
      {/* The plain text, for screen readers, find-in-page and copying; the frame shows the same mail. */}
      <span className="sr-only">{message.body_text}</span>
      <iframe
        ref={frame}
        title={t("history.mailFrame")}
        aria-hidden="true"
        tabIndex={-1}
        // No allow-scripts: nothing in the mail runs. allow-same-origin only so
        // the admin can read the height; no forms, popups or top navigation.
        sandbox="allow-same-origin"
        referrerPolicy="no-referrer"
        srcDoc={prepared.srcDoc}
        data-mail-frame={message.id}
        className="w-full border-0 bg-white"
        style={{ height: MIN_HEIGHT }}
      />
    </div>
  )
}

/** A message's text: the mail's HTML in a sandboxed frame, else its plain text; quoted text on request. */
export const MessageBody = ({ ticketId, message }: { ticketId: string; message: HistoryMessage }) => {
  const t = useHelpdeskT("ticket")
  const [showQuoted, setShowQuoted] = useState(false)
  return (
    <div className="flex flex-col gap-y-2">
      {message.body_html ? (
        <MailFrame ticketId={ticketId} message={message} />
      ) : (
        <Text className="whitespace-pre-wrap break-words">{message.body_text}</Text>
      )}
      {message.quoted_text && (
        <div className="flex flex-col items-start gap-y-2">
          <Button size="small" variant="transparent" onClick={() => setShowQuoted((v) => !v)} aria-expanded={showQuoted}>
            {showQuoted ? t("history.hideQuoted") : t("history.showQuoted")}
          </Button>
          {showQuoted && (
            <Text size="small" className="text-ui-fg-subtle border-ui-border-strong whitespace-pre-wrap break-words border-l-2 pl-3">
              {message.quoted_text}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
