import { MedusaResponse } from "@medusajs/framework/http"
import { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Types a browser may show in place; anything else (HTML, SVG, PDF...) downloads. */
const SAFE_INLINE = /^image\/(png|jpe?g|gif|webp|bmp)$/

/**
 * Streams a File-module file through the plugin (SPEC §6 "Files"): the
 * provider's URL never reaches the browser, and mail content can never run
 * as a page of the admin's origin.
 */
export async function sendFile(
  container: MedusaContainer,
  res: MedusaResponse,
  file: { file_id: string; filename: string; content_type: string }
) {
  const stream = await container.resolve(Modules.FILE).getDownloadStream(file.file_id)
  const inline = SAFE_INLINE.test(file.content_type)
  res.setHeader("Content-Type", inline ? file.content_type : "application/octet-stream")
  res.setHeader(
    "Content-Disposition",
    `${inline ? "inline" : "attachment"}; filename="${file.filename.replace(/["\\\r\n]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`
  )
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Content-Security-Policy", "sandbox; default-src 'none'")
  res.setHeader("Cache-Control", "private, max-age=300")
  stream.pipe(res)
}
