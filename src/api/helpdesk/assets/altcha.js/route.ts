import { createReadStream } from "node:fs"
import path from "node:path"
import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

// The widget as the altcha package builds it (styles, solver workers and its translations inside, a plain script),
// served from here so pages load nothing from elsewhere. The package exports only its entry, so the file is found beside it.
const WIDGET = path.join(path.dirname(require.resolve("altcha")), "altcha.i18n.umd.min.cjs")

export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.set({
    "Content-Type": "text/javascript; charset=utf-8",
    "Cache-Control": "public, max-age=86400",
    "X-Content-Type-Options": "nosniff",
  })
  createReadStream(WIDGET).pipe(res)
}
