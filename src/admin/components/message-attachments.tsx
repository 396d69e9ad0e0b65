import { PaperClip } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { AdminMessageAttachment, HistoryMessage } from "../hooks/api/history"
import { useHelpdeskT } from "../lib/i18n"
import { backendUrl } from "../lib/sdk"

/** Types the plugin's download route serves inline (the rest always download). */
const PREVIEWABLE = /^image\/(png|jpe?g|gif|webp|bmp)$/i

/** The admin's backend origin, e.g. for a frame's CSP. */
export const backendOrigin = () => new URL(backendUrl, window.location.href).origin

/** The plugin's download route: it checks the session's agent may see the ticket. */
export const attachmentUrl = (ticketId: string, attachmentId: string) =>
  `${new URL(backendUrl, window.location.href).href.replace(/\/$/, "")}/admin/helpdesk/tickets/${ticketId}/attachments/${attachmentId}`

const useSize = () => {
  const t = useHelpdeskT("ticket")
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? t("attachments.mb", { size: (bytes / 1024 / 1024).toFixed(1) })
      : t("attachments.kb", { size: Math.max(1, Math.round(bytes / 1024)) })
}

const Preview = ({ href, file, size }: { href: string; file: AdminMessageAttachment; size: string }) => (
  <a href={href} target="_blank" rel="noreferrer" className="group flex w-32 flex-col gap-y-1" data-attachment-preview={file.filename}>
    <img
      src={href}
      alt={file.filename}
      loading="lazy"
      className="border-ui-border-base bg-ui-bg-subtle h-24 w-32 rounded-md border object-cover group-hover:opacity-90"
    />
    <Text as="span" size="xsmall" className="text-ui-fg-subtle truncate">
      {file.filename} · {size}
    </Text>
  </a>
)

const Chip = ({ href, file, size }: { href: string; file: AdminMessageAttachment; size: string }) => (
  <a
    className="txt-compact-small text-ui-fg-interactive bg-ui-bg-subtle border-ui-border-base flex items-center gap-x-1 rounded-md border px-2 py-1 hover:underline"
    href={href}
    target="_blank"
    rel="noreferrer"
    data-attachment-file={file.filename}
  >
    <PaperClip />
    {file.filename}
    <Text as="span" size="xsmall" className="text-ui-fg-muted">
      {size}
    </Text>
  </a>
)

/**
 * A message's files, downloaded through the plugin: images as thumbnails,
 * other files as chips with their size. Inline images of an HTML mail show
 * inside the mail, so they are listed only when there is no HTML.
 */
export const MessageAttachments = ({ ticketId, message }: { ticketId: string; message: HistoryMessage }) => {
  const size = useSize()
  const files = (message.attachments ?? []).filter((a) => !a.inline || !message.body_html)
  if (!files.length) return null
  const images = files.filter((f) => PREVIEWABLE.test(f.content_type))
  const others = files.filter((f) => !PREVIEWABLE.test(f.content_type))
  return (
    <div className="flex flex-col gap-y-2">
      {images.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {images.map((file) => (
            <Preview key={file.id} href={attachmentUrl(ticketId, file.id)} file={file} size={size(file.size)} />
          ))}
        </div>
      )}
      {others.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {others.map((file) => (
            <Chip key={file.id} href={attachmentUrl(ticketId, file.id)} file={file} size={size(file.size)} />
          ))}
        </div>
      )}
    </div>
  )
}
