import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { embedScript } from "../../../../../lib/pages/form-client"
import { formUrls } from "../../../../utils/forms/form-page-state"
import { loadPublicForm } from "../../../../utils/forms/public-form"

/** The JS embed: `<script src=".../helpdesk/forms/ID/embed.js" async></script>` on an allowed origin. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const form = await loadPublicForm(req.scope, req.params.id)
  const urls = formUrls(req.scope, form.id)
  res
    .set({ "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" })
    .send(embedScript(urls.fragment, urls.altcha))
}
