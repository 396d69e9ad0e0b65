import { randomUUID } from "node:crypto"
import { Writable } from "node:stream"
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
  const target = await openPrivateUpload(files, upload)
  target.writable.end(upload.content)
  return target.finished()
}

export interface PrivateUpload {
  /** Where the bytes go. */
  writable: Writable
  /** Resolves with the stored file's id once `writable` has ended. */
  finished(): Promise<string>
  /** Stops a write that will not finish and removes what was written. */
  abort(): Promise<void>
}

/**
 * Opens a private file in the File module to write into. The local and S3
 * providers take a stream; for others the bytes are gathered and handed to
 * `createFiles` whole when the write ends (callers bound the size).
 */
export async function openPrivateUpload(files: IFileModuleService, upload: { filename: string; mimeType: string }): Promise<PrivateUpload> {
  const file = { filename: uniqueFilename(upload.filename), mimeType: upload.mimeType || "application/octet-stream", access: "private" as const }
  let stream: Awaited<ReturnType<IFileModuleService["getUploadStream"]>> | null = null
  if (!withoutStreams.has(files)) {
    try {
      stream = await files.getUploadStream(file)
    } catch (error) {
      // The abstract provider's "getUploadStream must be overridden"; any other
      // failure is tried again through createFiles, which reports it.
      if (/overridden|not implemented/i.test((error as Error)?.message ?? "")) withoutStreams.add(files)
    }
  }
  if (!stream) return wholeFileUpload(files, file)
  const opened = stream
  // A write that is aborted never settles this promise; keep it from being reported as unhandled.
  opened.promise.catch(() => undefined)
  return {
    writable: opened.writeStream,
    finished: async () => {
      const stored = await opened.promise
      return stored.key || opened.fileKey
    },
    abort: async () => {
      // A file stream destroyed before its file is open still creates the
      // file once it opens: delete only after it has closed.
      await closeStream(opened.writeStream)
      await files.deleteFiles([opened.fileKey]).catch(() => undefined)
    },
  }
}

/**
 * For providers without upload streams: `createFiles` takes base64 text,
 * which costs an encode here and a decode there, over a third more bytes.
 */
function wholeFileUpload(files: IFileModuleService, file: { filename: string; mimeType: string; access: "private" }): PrivateUpload {
  const chunks: Buffer[] = []
  let ended!: () => void
  const whole = new Promise<void>((resolve) => (ended = resolve))
  const writable = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      chunks.push(chunk)
      callback()
    },
    final: (callback) => {
      ended()
      callback()
    },
  })
  return {
    writable,
    finished: async () => {
      await whole
      const [created] = await files.createFiles([{ ...file, content: Buffer.concat(chunks).toString("base64") }])
      return created.id
    },
    abort: async () => {
      writable.destroy()
      chunks.length = 0
    },
  }
}

/** The local provider names files by millisecond and name: two "mail.eml" in one millisecond would overwrite each other. */
function uniqueFilename(filename: string): string {
  return `${randomUUID().slice(0, 8)}-${storedFilename(filename)}`
}

/** Destroys `stream` and waits until it has closed (at most `timeoutMs`). */
function closeStream(stream: Writable, timeoutMs = 5_000): Promise<void> {
  if (stream.closed) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs)
    stream.once("close", () => {
      clearTimeout(timer)
      resolve()
    })
    stream.destroy()
  })
}
