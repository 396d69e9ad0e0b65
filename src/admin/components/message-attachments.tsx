import { PaperClip } from "@medusajs/icons"
import { Text } from "@medusajs/ui"
import { backendUrl } from "../lib/sdk"
import { AdminTicketMessage } from "../lib/types"

const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`

/** A message's files, downloaded through the plugin (which checks that the agent may see the ticket). */
export const MessageAttachments = ({ ticketId, message }: { ticketId: string; message: AdminTicketMessage }) => {
  const files = (message.attachments ?? []).filter((a) => !a.inline)
  if (!files.length) return null
  const base = backendUrl.replace(/\/$/, "")
  return (
    <ul className="flex flex-wrap gap-2">
      {files.map((file) => (
        <li key={file.id}>
          <a
            className="txt-compact-small text-ui-fg-interactive flex items-center gap-x-1 hover:underline"
            href={`${base}/admin/helpdesk/tickets/${ticketId}/attachments/${file.id}`}
            target="_blank"
            rel="noreferrer"
          >
            <PaperClip />
            {file.filename}
            <Text as="span" size="xsmall" className="text-ui-fg-muted">
              {size(file.size)}
            </Text>
          </a>
        </li>
      ))}
    </ul>
  )
}
