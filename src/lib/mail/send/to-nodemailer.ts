import { Readable } from "node:stream"
import type { SendMailOptions } from "nodemailer"
import type { OutboundMailRow } from "./outbound-mail"

/** Opens a stored file for sending; nodemailer reads it as the mail goes out, so it is never held whole. */
export type OpenFile = (fileId: string) => Promise<Readable>

/** The nodemailer message for an outbox record: exactly what was stored, under its fixed Message-ID. */
export async function toNodemailerMessage(mail: OutboundMailRow, openFile: OpenFile): Promise<SendMailOptions> {
  const attachments = await Promise.all(
    (mail.attachments ?? []).map(async (file) => ({
      filename: file.filename,
      contentType: file.content_type,
      content: await openFile(file.file_id),
    }))
  )
  return {
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
}
