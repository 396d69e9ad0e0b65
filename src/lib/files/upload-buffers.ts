import { randomUUID } from "node:crypto"
import { IFileModuleService } from "@medusajs/framework/types"
import { storedFilename } from "./stored-filename"

export interface BufferUpload {
  filename: string
  mimeType: string
  content: Buffer
}

/** File services whose provider has no upload stream: asking again each time would throw each time. */
const withoutStreams = new WeakSet<object>()

/**
 * Stores binary content (raw mail, attachments) through the File module, as
 * private files, and returns their ids in order; when one is refused, none
 * stays stored and its error is thrown. The bytes go to the
 * provider's upload stream, which the local and S3 providers have:
 * `createFiles` takes base64 text, which costs an encode here and a decode
 * (plus, in the local provider, a re-encode to check it) per file, over a
 * third more bytes; on mail with attachments that was a tenth of the
 * collector's main-thread time. Providers without upload streams get
 * `createFiles`.
 */
export async function uploadBuffers(files: IFileModuleService, uploads: BufferUpload[]): Promise<string[]> {
  const results = await Promise.allSettled(uploads.map((upload) => uploadBuffer(files, upload)))
  const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected")
  if (!failed) return results.map((r) => (r as PromiseFulfilledResult<string>).value)
  // All or none: the files stored beside the one refused would belong to nothing.
  const stored = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []))
  if (stored.length) await files.deleteFiles(stored).catch(() => undefined)
  throw failed.reason
}

async function uploadBuffer(files: IFileModuleService, upload: BufferUpload): Promise<string> {
  const file = {
    filename: uniqueFilename(upload.filename),
    mimeType: upload.mimeType || "application/octet-stream",
    access: "private" as const,
  }
  if (!withoutStreams.has(files)) {
    let stream: Awaited<ReturnType<IFileModuleService["getUploadStream"]>> | null = null
    try {
      stream = await files.getUploadStream(file)
    } catch (error) {
      // The abstract provider's "getUploadStream must be overridden"; any other
      // failure is tried again below through createFiles, which reports it.
      if (/overridden|not implemented/i.test((error as Error)?.message ?? "")) withoutStreams.add(files)
    }
    if (stream) {
      stream.writeStream.end(upload.content)
      const stored = await stream.promise
      return stored.key || stream.fileKey
    }
  }
  const [created] = await files.createFiles([{ ...file, content: upload.content.toString("base64") }])
  return created.id
}

/** The local provider names files by millisecond and name: two "mail.eml" in one millisecond would overwrite each other. */
function uniqueFilename(filename: string): string {
  return `${randomUUID().slice(0, 8)}-${storedFilename(filename)}`
}
