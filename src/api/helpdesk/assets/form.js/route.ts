import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { FORM_PAGE_SCRIPT } from "../../../../lib/pages/form-client"

export const GET = async (_req: MedusaRequest, res: MedusaResponse) => {
  res.set({ "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff" }).send(FORM_PAGE_SCRIPT)
}
