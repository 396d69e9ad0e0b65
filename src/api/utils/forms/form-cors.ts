import { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { loadPublicForm } from "./public-form"

/** The store backend's own origin: its pages may always call it. */
export function ownOrigin(req: MedusaRequest): string {
  return new URL(req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().publicUrl).origin
}

/**
 * CORS for a form's public routes (SPEC §6 "Embeds"): a page on one of the
 * form's allowed origins may read and post; any other origin is refused
 * outright (403), not just left without headers — a plain form post is
 * sent cross-origin without a preflight, so the browser alone would not
 * stop it from making a ticket.
 */
export async function formCors(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const origin = req.get("origin")
  if (!origin || origin === ownOrigin(req) || origin === `${req.protocol}://${req.get("host")}`) {
    if (req.method === "OPTIONS") return res.status(204).end()
    return next()
  }
  try {
    const form = await loadPublicForm(req.scope, req.params.id)
    res.setHeader("Vary", "Origin")
    if (!(form.allowed_origins ?? []).includes(origin)) {
      return res.status(403).json({ type: "not_allowed", message: `This form does not accept requests from ${origin}; add it to the form's allowed origins.` })
    }
    res.setHeader("Access-Control-Allow-Origin", origin)
    if (req.method === "OPTIONS") {
      res.setHeader("Access-Control-Allow-Methods", "GET, POST")
      res.setHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Idempotency-Key")
      res.setHeader("Access-Control-Max-Age", "600")
      return res.status(204).end()
    }
    next()
  } catch (error) {
    next(error)
  }
}
