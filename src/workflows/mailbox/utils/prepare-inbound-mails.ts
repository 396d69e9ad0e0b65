import { createHash } from "node:crypto"
import { IFileModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { describeFileError, withoutServerPaths } from "../../../lib/files/file-error"
import { BufferUpload, uploadBuffers } from "../../../lib/files/upload-buffers"
import { deliveryDiagnostic } from "../../../lib/mail/bounce-reason"
import { FetchedMail } from "../../../lib/mail/imap/imap-session"
import { PooledMail, readMessageId } from "../../../lib/mail/parse"
import { sharedParsePool } from "../../../lib/mail/parse-pool"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { InboundDelivery, InboundMailPayload } from "../types"

export interface ParsedFetchedMail {
  mail: FetchedMail
  key: string
  parsed: PooledMail | null
  error: string | null
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * One chunk of fetched mail on its way to the import workflow. Each mail goes
 * to the parse worker as it arrives (`add`). Once the chunk is fetched
 * (`prepare`), one query finds the mail already recorded, whose files are not
 * stored again, and the rest's files (raw source and attachments) go to the
 * File module as each mail is parsed. So when the parser finishes the chunk,
 * the database can start on it, instead of waiting for every file of the
 * chunk to be stored after the last parse; and file writes keep pace with
 * the parser rather than come all at once.
 * A mail that could not be read still gets its raw source stored, so an
 * agent can see it; a mail whose files cannot be stored is recorded as
 * unprocessable, and the rest of the chunk goes in.
 */
export class InboundChunk {
  private readonly entries: { mail: FetchedMail; key: string; parsing: Promise<ParsedFetchedMail> }[] = []

  constructor(
    private readonly container: MedusaContainer,
    private readonly mailboxId: string,
    private readonly options: ReturnType<HelpdeskModuleService["getOptions"]>
  ) {}

  /** Sends a mail to the parser; the promise settles when it is parsed (never rejects). */
  add(mail: FetchedMail): Promise<unknown> {
    const key = dedupeKey(mail.source)
    const parsing = parseFetchedMail(mail, this.options, key)
    this.entries.push({ mail, key, parsing })
    return parsing
  }

  async prepare(uidValidity: string | null): Promise<InboundMailPayload[]> {
    const helpdesk: HelpdeskModuleService = this.container.resolve(HELPDESK_MODULE)
    const entries = [...this.entries].sort((a, b) => a.mail.uid - b.mail.uid)
    const existing = await helpdesk.findInboundMailsByKey(entries.map((e) => ({ mailbox_id: this.mailboxId, dedupe_key: e.key })))
    const settled = new Set(existing.filter((r) => r.status !== "received").map((r) => r.dedupe_key))
    return Promise.all(
      entries.map(async ({ mail, key, parsing }) => {
        const base = { uid: String(mail.uid), uid_validity: uidValidity, raw_file_id: null as string | null }
        if (settled.has(key)) {
          return buildPayload(await parsing, base, [])
        }
        const parsed = await parsing
        const stored = await storeMailFiles(this.container, parsed, rawUpload(mail))
        return buildPayload(parsed, { ...base, raw_file_id: stored.raw_file_id }, stored.attachment_file_ids, stored.error)
      })
    )
  }
}

/** A fetched mail's raw source as a file to store. */
function rawUpload(mail: FetchedMail): BufferUpload {
  return { filename: `mail-${mail.uid}.eml`, mimeType: "message/rfc822", content: mail.source }
}

/**
 * Stores a parsed mail's attachments, and its raw source when `raw` is
 * given, in the File module. A file the File module refuses (a name the
 * provider cannot write, a full disk, a bucket that says no) makes this one
 * mail unprocessable, never the chunk: `error` says why, without the
 * server's paths, and the raw source is still kept when it can be, so the
 * mail can be read and retried.
 */
export async function storeMailFiles(
  container: MedusaContainer,
  parsed: ParsedFetchedMail,
  raw: BufferUpload | null
): Promise<{ raw_file_id: string | null; attachment_file_ids: string[]; error: string | null }> {
  const files: IFileModuleService = container.resolve(Modules.FILE)
  const attachments = (parsed.parsed?.attachments ?? []).map((a) => ({ filename: a.filename, mimeType: a.contentType, content: a.content }))
  try {
    const ids = await uploadBuffers(files, raw ? [raw, ...attachments] : attachments)
    return raw ? { raw_file_id: ids[0], attachment_file_ids: ids.slice(1), error: null } : { raw_file_id: null, attachment_file_ids: ids, error: null }
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`medusa-helpdesk: the files of mail ${parsed.key} could not be stored: ${(error as Error)?.message}`)
    const kept = raw && attachments.length ? await uploadBuffers(files, [raw]).catch(() => null) : null
    return {
      raw_file_id: kept?.[0] ?? null,
      attachment_file_ids: [],
      error: `The mail's files could not be stored: ${describeFileError(error)}. ${kept || !raw ? "Retry it once the file storage accepts it." : "Its raw source could not be kept either."}`,
    }
  }
}

/**
 * The key a mail is recorded under in its mailbox, so it is imported once:
 * its Message-ID, read from the header block before the parse; a hash of its
 * bytes when it has none.
 */
export function dedupeKey(source: Buffer): string {
  const messageId = readMessageId(source)
  return messageId ? `mid:${messageId}` : `sha256:${createHash("sha256").update(source).digest("hex")}`
}

/**
 * The import workflow's view of a parsed mail whose files are stored; with
 * `filesError`, of a mail recorded as unprocessable because they could not
 * be (its sender and subject kept for the mail log).
 */
export function buildPayload(
  p: ParsedFetchedMail,
  base: { uid: string | null; uid_validity: string | null; raw_file_id: string | null },
  attachmentFileIds: (string | undefined)[],
  filesError: string | null = null
): InboundMailPayload {
  const head = { ...base, dedupe_key: p.key, size: p.mail.size ?? p.mail.source.length }
  if (!p.parsed) {
    return { ...head, error: p.error }
  }
  const m = p.parsed
  const identity = { message_id: m.messageId, from: m.from, subject: m.subject, sent_at: m.date }
  if (filesError) {
    return { ...head, ...identity, error: filesError }
  }
  return {
    ...head,
    ...identity,
    in_reply_to: m.inReplyTo,
    references: m.references,
    text: m.text,
    reply: m.reply,
    html: m.html,
    auto: m.auto,
    ticket_ref: m.ticketRef && m.ticketRefKind ? { number: m.ticketRef, kind: m.ticketRefKind } : null,
    bounced_message_id: m.bouncedMessageId,
    delivery: m.delivery ? deliveryOf(m) : null,
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

/**
 * A delivery report's facts for the import, with the server's sentence read
 * here, where the report's message/delivery-status part is still in memory.
 */
function deliveryOf(m: PooledMail): InboundDelivery {
  const d = m.delivery!
  const reports = m.attachments
    .filter((a) => /^message\/(global-)?delivery-status$/.test(a.contentType))
    .map((a) => a.content.toString("utf8", 0, Math.min(a.content.length, 64 * 1024)))
  return { action: d.action, recipient: d.recipient, status: d.status, message_id: d.messageId, diagnostic: deliveryDiagnostic(m.text, reports) }
}

/** Parses one mail; unreadable or oversized mail comes back with `error` instead of throwing. */
export async function parseFetchedMail(
  mail: FetchedMail,
  options: ReturnType<HelpdeskModuleService["getOptions"]>,
  key: string
): Promise<ParsedFetchedMail> {
  const size = mail.size ?? mail.source.length
  // A mail downloaded only in part (see fetchSources) cannot be read, whatever the limit is now.
  if (mail.size !== undefined || size > options.maxMailBytes) {
    return {
      mail,
      key,
      parsed: null,
      error:
        mail.size !== undefined
          ? `The mail is ${megabytes(size)}, over maxMailBytes when it was collected; only its first ${Math.round(mail.source.length / 1024)} KB were downloaded and are kept raw.`
          : `The mail is ${megabytes(size)}, over the ${megabytes(options.maxMailBytes)} limit (maxMailBytes); it is kept raw.`,
    }
  }
  try {
    const parsed = await sharedParsePool().parse(mail.source, {
      subjectTag: options.subjectTag,
      forwardTag: options.forwardTag,
      maxAttachmentBytes: options.maxAttachmentBytes,
    })
    return { mail, key, parsed, error: null }
  } catch (error) {
    return { mail, key, parsed: null, error: `The mail could not be read: ${withoutServerPaths(String((error as Error)?.message))}` }
  }
}
