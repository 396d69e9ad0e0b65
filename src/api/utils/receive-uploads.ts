import path from "node:path"
import { Transform } from "node:stream"
import { pipeline } from "node:stream/promises"
import Busboy from "busboy"
import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { openPrivateUpload } from "../../lib/files/upload-buffers"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../modules/helpdesk"

/** A file received with a request and stored (privately) through the File module. */
export interface UploadedFile {
  file_id: string
  filename: string
  content_type: string
  size: number
}

const SWITCHED_OFF = "Attaching files is switched off in this store (the uploadMaxFiles option is 0)."

/** The JSON body beside the files; a reply's HTML may be large. */
const MAX_PAYLOAD_BYTES = 1024 * 1024

class UploadRefused extends Error {
  constructor(readonly status: 400 | 413 | 415 | 422, message: string) {
    super(message)
  }
}

const received = new WeakMap<MedusaRequest, { files: UploadedFile[]; kept: boolean }>()

/** The files that came with this request (none for a JSON request). */
export function receivedUploads(req: MedusaRequest): UploadedFile[] {
  return received.get(req)?.files ?? []
}

/**
 * Says the request's files now belong to what the handler stored. Files of a
 * request whose handler never says so (it failed, or the body was invalid)
 * are deleted once the answer is sent.
 */
export function keepUploads(req: MedusaRequest): void {
  const entry = received.get(req)
  if (entry) entry.kept = true
}

/** What a refused upload answers: its status and a message naming the file or the limit. */
export interface UploadRefusal {
  status: 400 | 413 | 415 | 422
  message: string
}

export interface ReceiveUploadsOptions {
  /**
   * Plain text fields an HTML form sends beside its files; they become the
   * body (as strings) in place of the JSON `payload`, which is then refused.
   * An empty file input (a part without a filename) is skipped.
   */
  formFields?: string[]
  /** Answers a refusal; by default JSON `{ type, message }`. */
  refuse?: (req: MedusaRequest, res: MedusaResponse, refusal: UploadRefusal) => void | Promise<void>
}

function refuseAsJson(_req: MedusaRequest, res: MedusaResponse, refusal: UploadRefusal) {
  const type = refusal.status === 400 || refusal.status === 422 ? "invalid_data" : refusal.status === 413 ? "payload_too_large" : "unsupported_media_type"
  res.status(refusal.status).json({ type, message: refusal.message })
}

/**
 * Accepts `multipart/form-data` beside JSON: a `payload` field holding the
 * same JSON body the route takes (or the plain `formFields` of an HTML form),
 * and files under any other name. Each file streams straight into the File
 * module as a private file (never held whole in memory), counted against the
 * `uploadMaxBytes`, `uploadMaxFiles` and `uploadExtensions` options: 413 or
 * 415 with a message naming the file, and nothing of the request stays
 * stored. Other requests pass untouched.
 */
export function receiveUploadsWith(options: ReceiveUploadsOptions = {}) {
  const formFields = options.formFields ?? []
  const refuse = options.refuse ?? refuseAsJson
  return async function receiveUploads(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    if (!req.is("multipart/form-data")) return next()
    const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
    const files = req.scope.resolve(Modules.FILE)
    const stored: UploadedFile[] = []
    const removeStored = async () => {
      const ids = stored.filter(Boolean).map((f) => f.file_id)
      if (ids.length) await files.deleteFiles(ids).catch(() => undefined)
    }
    try {
      const { payload, uploads } = await readMultipart(req, files, helpdesk.getOptions(), stored, formFields)
      req.body = payload
      received.set(req, { files: uploads, kept: false })
      res.once("finish", () => {
        if (!received.get(req)?.kept) void removeStored()
      })
      next()
    } catch (error) {
      await removeStored()
      if (!(error instanceof UploadRefused)) return next(error)
      // The rest of the body is not read: close the connection rather than drain it.
      res.setHeader("Connection", "close")
      await refuse(req, res, { status: error.status, message: error.message })
    }
  }
}

/** The JSON API's uploads: the body as JSON in `payload`, refusals answered as JSON. */
export const receiveUploads = receiveUploadsWith()

interface UploadLimits {
  uploadMaxFiles: number
  uploadMaxBytes: number
  uploadExtensions: "*" | string[]
}

function readMultipart(
  req: MedusaRequest,
  files: Parameters<typeof openPrivateUpload>[0],
  limits: UploadLimits,
  /** Filled as files are stored, so the caller can remove them whatever happens. */
  stored: UploadedFile[],
  formFields: string[]
): Promise<{ payload: unknown; uploads: UploadedFile[] }> {
  const fieldCount = formFields.length || 1
  return new Promise((resolve, reject) => {
    let busboy: Busboy.Busboy
    try {
      busboy = Busboy({
        headers: req.headers,
        defParamCharset: "utf8",
        // `parts` is a backstop above files + payload, so too many files meet the files limit and its message first.
        limits: { files: limits.uploadMaxFiles, fileSize: limits.uploadMaxBytes, fields: fieldCount, fieldSize: MAX_PAYLOAD_BYTES, parts: limits.uploadMaxFiles + fieldCount + 1 },
      })
    } catch (error) {
      return reject(new UploadRefused(400, `The multipart body could not be read: ${(error as Error).message}`))
    }
    let payloadText: string | null = null
    const form: Record<string, string> = {}
    let failed = false
    const writes: Promise<void>[] = []
    const reading = new Set<NodeJS.ReadableStream & { destroy(error?: Error): void }>()
    // Files being written are stopped and removed before the request is
    // answered, so a refused request leaves nothing stored.
    const fail = (error: unknown) => {
      if (failed) return
      failed = true
      req.unpipe(busboy)
      for (const stream of reading) stream.destroy(new UploadRefused(400, "The upload was stopped."))
      void Promise.allSettled(writes).then(() => reject(error))
    }

    busboy.on("field", (name, value, info) => {
      if (formFields.length) {
        if (!formFields.includes(name)) return fail(new UploadRefused(400, `Unexpected form field '${name}'.`))
        if (info.valueTruncated) return fail(new UploadRefused(413, `The field '${name}' is larger than ${MAX_PAYLOAD_BYTES / 1024} KB.`))
        form[name] = value
        return
      }
      if (name !== "payload") return fail(new UploadRefused(400, `Unexpected form field '${name}': send the body as JSON in the field 'payload' and files beside it.`))
      if (info.valueTruncated) return fail(new UploadRefused(413, `The field 'payload' is larger than ${MAX_PAYLOAD_BYTES / 1024} KB.`))
      payloadText = value
    })
    busboy.on("file", (_name, stream, info) => {
      // Parts the parser had buffered before a refusal are read past, never stored.
      if (failed) return void stream.resume()
      // A browser sends an unnamed, empty part for a file input left empty.
      if (formFields.length && !info.filename) return void stream.resume()
      const filename = info.filename?.trim() || "file"
      const refusal = refuseFile(filename, limits)
      if (refusal) {
        stream.resume()
        return fail(refusal)
      }
      const index = writes.length
      reading.add(stream)
      // Stopped before its write began, a file has no other listener for the error.
      stream.on("error", () => undefined)
      stream.once("close", () => reading.delete(stream))
      writes.push(
        storeFile(files, stream, filename, info.mimeType, limits.uploadMaxBytes).then(
          (file) => void (stored[index] = file),
          (error) => fail(error)
        )
      )
    })
    busboy.on("filesLimit", () =>
      fail(
        limits.uploadMaxFiles === 0
          ? new UploadRefused(422, SWITCHED_OFF)
          : new UploadRefused(413, `At most ${limits.uploadMaxFiles} files may be attached at once.`)
      )
    )
    const fieldNames = formFields.length ? formFields.map((f) => `'${f}'`).join(", ") : "one 'payload'"
    busboy.on("partsLimit", () => fail(new UploadRefused(413, `At most ${limits.uploadMaxFiles} files and ${formFields.length ? `the fields ${fieldNames}` : "one 'payload' field"} may be sent.`)))
    busboy.on("fieldsLimit", () =>
      fail(new UploadRefused(400, formFields.length ? `Only the form fields ${fieldNames} may be sent.` : "Only one form field, 'payload', may be sent."))
    )
    busboy.on("error", (error) => fail(new UploadRefused(400, `The multipart body could not be read: ${(error as Error).message}`)))
    busboy.on("close", async () => {
      await Promise.allSettled(writes)
      if (failed) return
      try {
        const payload = formFields.length ? form : payloadText === null ? {} : JSON.parse(payloadText)
        resolve({ payload, uploads: stored.filter(Boolean) })
      } catch {
        reject(new UploadRefused(400, "The field 'payload' is not valid JSON."))
      }
    })
    req.on("aborted", () => fail(new UploadRefused(400, "The upload was interrupted.")))
    req.pipe(busboy)
  })
}

function refuseFile(filename: string, limits: UploadLimits): UploadRefused | null {
  if (limits.uploadMaxFiles === 0) return new UploadRefused(422, SWITCHED_OFF)
  if (limits.uploadExtensions === "*") return null
  const extension = path.extname(filename).slice(1).toLowerCase()
  if (extension && limits.uploadExtensions.includes(extension)) return null
  return new UploadRefused(415, `'${filename}' cannot be attached: allowed are ${limits.uploadExtensions.map((e) => `.${e}`).join(", ")}.`)
}

/** Streams one file into the File module; over the size limit, what was written is removed. */
async function storeFile(
  files: Parameters<typeof openPrivateUpload>[0],
  stream: NodeJS.ReadableStream,
  filename: string,
  mimeType: string,
  maxBytes: number
): Promise<UploadedFile> {
  const target = await openPrivateUpload(files, { filename, mimeType })
  let size = 0
  const tooLarge = new UploadRefused(413, `'${filename}' is larger than ${formatBytes(maxBytes)}, the most a file may be.`)
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length
      callback(null, chunk)
    },
  })
  // Busboy ends a file at the size limit and says so with "limit".
  stream.on("limit", () => counter.destroy(tooLarge))
  try {
    await pipeline(stream, counter, target.writable)
  } catch (error) {
    await target.abort()
    throw error
  }
  return { file_id: await target.finished(), filename, content_type: mimeType || "application/octet-stream", size }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}
