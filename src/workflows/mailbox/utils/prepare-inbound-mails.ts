import { createHash } from "node:crypto"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { BufferUpload, uploadBuffers } from "../../../lib/files/upload-buffers"
import { FetchedMail } from "../../../lib/mail/imap/imap-session"
import { PooledMail } from "../../../lib/mail/parse"
import { sharedParsePool } from "../../../lib/mail/parse-pool"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { InboundMailPayload } from "../types"

export interface ParsedFetchedMail {
  mail: FetchedMail
  key: string
  parsed: PooledMail | null
  error: string | null
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Puts each parsed mail's raw source and attachments into the File module,
 * giving the import workflow plain data. Mail already recorded is not
 * uploaded again. A mail that could not be read still gets its raw source
 * stored, so an agent can see it.
 */
export async function prepareInboundMails(
  container: MedusaContainer,
  mailboxId: string,
  uidValidity: string | null,
  parsed: ParsedFetchedMail[]
): Promise<InboundMailPayload[]> {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const existing = await helpdesk.findInboundMailsByKey(parsed.map((p) => ({ mailbox_id: mailboxId, dedupe_key: p.key })))
  const settled = new Set(existing.filter((r) => r.status !== "received").map((r) => r.dedupe_key))

  const uploads: BufferUpload[] = []
  const slots: { raw: number; attachments: number[] }[] = []
  for (const p of parsed) {
    if (settled.has(p.key)) {
      slots.push({ raw: -1, attachments: [] })
      continue
    }
    const raw = uploads.push({ filename: `mail-${p.mail.uid}.eml`, mimeType: "message/rfc822", content: p.mail.source }) - 1
    const attachments = (p.parsed?.attachments ?? []).map(
      (a) => uploads.push({ filename: a.filename, mimeType: a.contentType, content: a.content }) - 1
    )
    slots.push({ raw, attachments })
  }
  const files = uploads.length ? await uploadBuffers(container.resolve(Modules.FILE), uploads) : []

  return parsed.map((p, i) => {
    const slot = slots[i]
    return buildPayload(
      p,
      { uid: String(p.mail.uid), uid_validity: uidValidity, raw_file_id: slot.raw >= 0 ? files[slot.raw] : null },
      slot.attachments.map((j) => files[j])
    )
  })
}

/** The import workflow's view of a parsed mail whose files are stored. */
export function buildPayload(
  p: ParsedFetchedMail,
  base: { uid: string | null; uid_validity: string | null; raw_file_id: string | null },
  attachmentFileIds: (string | undefined)[]
): InboundMailPayload {
  const head = { ...base, dedupe_key: p.key, size: p.mail.source.length }
  if (!p.parsed) {
    return { ...head, error: p.error }
  }
  const m = p.parsed
  return {
    ...head,
    message_id: m.messageId,
    in_reply_to: m.inReplyTo,
    references: m.references,
    from: m.from,
    subject: m.subject,
    sent_at: m.date,
    text: m.text,
    reply: m.reply,
    html: m.html,
    auto: m.auto,
    ticket_ref: m.ticketRef && m.ticketRefKind ? { number: m.ticketRef, kind: m.ticketRefKind } : null,
    bounced_message_id: m.bouncedMessageId,
    attachments: m.attachments
      .map((a, j) => ({
        file_id: attachmentFileIds[j] as string,
        filename: a.filename,
        content_type: a.contentType,
        size: a.size,
        inline: a.inline,
        content_id: a.contentId,
      }))
      .filter((a) => a.file_id),
    skipped_attachments: m.skippedAttachments.map((s) => ({ filename: s.filename, content_type: s.contentType, size: s.size })),
  }
}

/** Parses one mail; unreadable or oversized mail comes back with `error` instead of throwing. */
export async function parseFetchedMail(mail: FetchedMail, options: ReturnType<HelpdeskModuleService["getOptions"]>): Promise<ParsedFetchedMail> {
  const hashKey = () => `sha256:${createHash("sha256").update(mail.source).digest("hex")}`
  if (mail.source.length > options.maxMailBytes) {
    return {
      mail,
      key: hashKey(),
      parsed: null,
      error: `The mail is ${megabytes(mail.source.length)}, over the ${megabytes(options.maxMailBytes)} limit (maxMailBytes); it is kept raw.`,
    }
  }
  try {
    const parsed = await sharedParsePool().parse(mail.source, {
      subjectTag: options.subjectTag,
      forwardTag: options.forwardTag,
      maxAttachmentBytes: options.maxAttachmentBytes,
    })
    return { mail, key: parsed.messageId ? `mid:${parsed.messageId}` : hashKey(), parsed, error: null }
  } catch (error) {
    return { mail, key: hashKey(), parsed: null, error: `The mail could not be read: ${(error as Error).message}` }
  }
}
