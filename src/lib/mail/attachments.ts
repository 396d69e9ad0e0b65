import type { Attachment } from "mailparser"
import type { ParsedAttachment, SkippedAttachment } from "./types"

// Without a prototype: the key is a mail's Content-Type, which may well be "constructor".
const EXTENSIONS: Record<string, string> = Object.assign(Object.create(null), {
  "image/png": "png", "image/jpeg": "jpg", "image/jpg": "jpg", "image/pjpeg": "jpg", "image/gif": "gif",
  "image/webp": "webp", "image/svg+xml": "svg", "image/bmp": "bmp", "image/tiff": "tif", "image/heic": "heic",
  "image/x-icon": "ico", "application/pdf": "pdf", "application/zip": "zip", "application/gzip": "gz",
  "application/json": "json", "application/xml": "xml", "text/xml": "xml", "text/plain": "txt", "text/html": "html",
  "text/csv": "csv", "text/calendar": "ics", "text/vcard": "vcf", "text/x-vcard": "vcf", "text/rfc822-headers": "txt",
  "message/rfc822": "eml", "message/global": "eml", "message/delivery-status": "txt",
  "message/disposition-notification": "txt", "application/msword": "doc", "application/vnd.ms-excel": "xls",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/pgp-signature": "asc", "application/pkcs7-signature": "p7s", "application/x-pkcs7-signature": "p7s",
  "audio/mpeg": "mp3", "audio/wav": "wav", "video/mp4": "mp4", "video/quicktime": "mov",
})

/** A sensible name for a part without one: "attachment-2.png", "attachment-3.bin". */
export function generatedFilename(index: number, contentType: string): string {
  const ext = EXTENSIONS[contentType] || (contentType.startsWith("text/") ? "txt" : "bin")
  return `attachment-${index}.${ext}`
}

/** The last path segment, without control characters: never a path to write to. */
function safeFilename(name: string | undefined): string {
  if (!name) return ""
  return name.replace(/[\u0000-\u001f\u007f]/g, "").replace(/^.*[\\/]/, "").trim()
}

/**
 * The mail's attachments as stored. Those over `maxBytes` are listed in
 * `skipped` one by one; those past the first `maxCount` as one entry that
 * counts them (a hostile mail has thousands: one line in the history, not
 * thousands).
 */
export function toParsedAttachments(
  list: Attachment[],
  html: string | null,
  maxBytes?: number,
  maxCount = Infinity
): { attachments: ParsedAttachment[]; skipped: SkippedAttachment[] } {
  const attachments: ParsedAttachment[] = []
  const skipped: SkippedAttachment[] = []
  const htmlLower = (html || "").toLowerCase()
  const pastCount = { count: 0, bytes: 0 }
  list.forEach((part, i) => {
    const contentType = String(part.contentType || "application/octet-stream").toLowerCase().trim()
    const content = Buffer.isBuffer(part.content) ? part.content : Buffer.from(part.content || "")
    const size = content.length
    const filename = safeFilename(part.filename) || generatedFilename(i + 1, contentType)
    const cid = (part.cid || part.contentId || "").trim().replace(/^<|>$/g, "").trim()
    const contentId = cid || null
    const inline = part.contentDisposition === "inline" || (!!cid && htmlLower.includes(`cid:${cid.toLowerCase()}`))
    if (attachments.length >= maxCount) {
      pastCount.count++
      pastCount.bytes += size
      return
    }
    if (maxBytes !== undefined && maxBytes >= 0 && size > maxBytes) {
      skipped.push({ filename, contentType, size })
      return
    }
    attachments.push({ filename, contentType, size, inline, contentId, content })
  })
  if (pastCount.count) {
    const more = `${pastCount.count} more attachment${pastCount.count === 1 ? "" : "s"}`
    skipped.push({ filename: `${more} (past ${maxCount} attachments)`, contentType: "application/octet-stream", size: pastCount.bytes })
  }
  return { attachments, skipped }
}
