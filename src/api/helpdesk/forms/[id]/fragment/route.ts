import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { formStyles, renderFormFragment } from "../../../../../lib/pages/form-page"
import { escapeHtml } from "../../../../../lib/pages/public-page"
import { formPageModel } from "../../../../utils/forms/form-page-state"
import { loadPublicForm } from "../../../../utils/forms/public-form"

/** The form's markup (scoped styles, heading, fields) for the JS embed to insert on an allowed origin. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const form = await loadPublicForm(req.scope, req.params.id)
  const { page, state } = await formPageModel(req.scope, form, {}, { absolute: true })
  const html = [
    `<style>${formStyles(page.colors)}</style>`,
    `<h2 class="hd-title">${escapeHtml(page.title)}</h2>`,
    page.description ? `<p class="hd-intro">${escapeHtml(page.description)}</p>` : "",
    renderFormFragment(page, state),
  ].join("\n")
  res.set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" }).send(html)
}
