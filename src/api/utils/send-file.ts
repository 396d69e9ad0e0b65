import { Readable } from "node:stream"
import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { isMissingFileError } from "../../lib/files/file-error"
import { contentDisposition } from "./content-disposition"

/** Types a browser may show in place; anything else (HTML, SVG, PDF...) downloads. */
const SAFE_INLINE = /^image\/(png|jpe?g|gif|webp|bmp)$/

interface StoredFile {
  file_id: string
  filename: string
  content_type: string
}

function downloadHeaders(file: StoredFile): Record<string, string> {
  const inline = SAFE_INLINE.test(file.content_type)
  return {
    "Content-Type": inline ? file.content_type : "application/octet-stream",
    "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.filename),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "sandbox; default-src 'none'",
    "Cache-Control": "private, max-age=300",
  }
}

/** The agent's answer names the file, never the provider's path or message. */
function storageError(container: MedusaContainer, error: unknown, file: StoredFile): MedusaError {
  if (isMissingFileError(error)) {
    return new MedusaError(MedusaError.Types.NOT_FOUND, `The file "${file.filename}" is no longer in the file storage.`)
  }
  container
    .resolve(ContainerRegistrationKeys.LOGGER)
    .error(`medusa-helpdesk: could not read file ${file.file_id}: ${(error as Error)?.message}`)
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The file "${file.filename}" could not be read from the file storage.`)
}

/**
 * Streams a File-module file through the plugin (SPEC §6 "Files"): the
 * provider's URL never reaches the browser, and mail content can never run
 * as a page of the admin's origin. A file that fails before its first byte
 * answers 404 or 500 with a message; one that fails midway cuts the response,
 * and the stream is closed whenever the client goes away.
 */
export async function sendFile(container: MedusaContainer, res: MedusaResponse, file: StoredFile) {
  const headers = downloadHeaders(file)
  let stream: Readable
  try {
    stream = await container.resolve(Modules.FILE).getDownloadStream(file.file_id)
  } catch (error) {
    throw storageError(container, error, file)
  }
  if (res.destroyed) {
    // The client left while the file was being opened: its "close" has come and gone.
    stream.destroy()
    return
  }
  await new Promise<void>((resolve, reject) => {
    stream.once("error", (error) => {
      stream.destroy()
      if (res.headersSent) {
        res.destroy(error)
        return resolve()
      }
      for (const name of Object.keys(headers)) res.removeHeader(name)
      reject(storageError(container, error, file))
    })
    res.once("close", () => {
      stream.destroy()
      resolve()
    })
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    stream.pipe(res)
  })
}
