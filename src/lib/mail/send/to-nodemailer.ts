import { Readable } from "node:stream"
import type { SendMailOptions } from "nodemailer"
import { isMissingFileError } from "../../files/file-error"
import type { OutboundMailRow } from "./outbound-mail"

/** Opens a stored file for sending; nodemailer reads it as the mail goes out, so it is never held whole. */
export type OpenFile = (fileId: string) => Promise<Readable>

/** An attached file that is no longer in the file storage: sending again cannot help. */
export class AttachmentGoneError extends Error {
  constructor(readonly attachmentGone: string) {
    super(`The attached file "${attachmentGone}" is no longer in the file storage.`)
  }
}

/**
 * The nodemailer message for an outbox record: exactly what was stored,
 * under its fixed Message-ID. Its files are open: call `close()` once the
 * send is over, however it ended (a mail that never got to its files would
 * otherwise hold them open).
 */
export async function toNodemailerMessage(
  mail: OutboundMailRow,
  openFile: OpenFile
): Promise<{ message: SendMailOptions; close(): void }> {
  const files = mail.attachments ?? []
  const opened = await Promise.allSettled(files.map((file) => openFile(file.file_id)))
  const streams = opened.flatMap((o) => (o.status === "fulfilled" ? [o.value] : []))
  const close = () => streams.forEach((stream) => stream.destroy())
  const refused = opened.findIndex((o) => o.status === "rejected")
  if (refused >= 0) {
    close()
    const reason = (opened[refused] as PromiseRejectedResult).reason
    throw isMissingFileError(reason) ? new AttachmentGoneError(files[refused].filename) : reason
  }
  const attachments = files.map((file, i) => {
    const content = (opened[i] as PromiseFulfilledResult<Readable>).value
    // Providers that open lazily (the local one) report a missing file only when it is read:
    // the error is marked as AttachmentGoneError's is, for explainSendFailure.
    content.once("error", (error) => {
      if (isMissingFileError(error)) Object.assign(error, { attachmentGone: file.filename })
    })
    return { filename: file.filename, contentType: file.content_type, content }
  })
  const message: SendMailOptions = {
    from: mail.from_name ? { name: mail.from_name, address: mail.from_address } : mail.from_address,
    to: mail.to,
    cc: mail.cc ?? undefined,
    bcc: mail.bcc ?? undefined,
    replyTo: mail.reply_to ?? undefined,
    subject: mail.subject,
    text: mail.body_text,
    html: mail.body_html ?? undefined,
    messageId: `<${mail.message_id}>`,
    inReplyTo: mail.in_reply_to ? `<${mail.in_reply_to}>` : undefined,
    references: mail.references?.length ? mail.references.map((id) => `<${id}>`) : undefined,
    headers: mail.headers ?? undefined,
    attachments,
    // The stored recipients are the envelope; nothing in the text can add one.
    disableFileAccess: true,
    disableUrlAccess: true,
  }
  return { message, close }
}
