import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { PUBLIC_PAGE_HEADERS, pickLanguage, renderPublicPage } from "../../../../lib/pages/public-page"
import { CONFIRM_LINK_EXPIRED, CONFIRM_LINK_INVALID, confirmTicketSenderWorkflow } from "../../../../workflows"
import { CONFIRM_PAGE_LANGUAGES, CONFIRM_PAGE_TEXTS, ConfirmPageOutcome } from "./texts"
import { HelpdeskConfirmParams } from "./validators"

// An expired link answers 410 Gone rather than 404: the link was genuine and
// will never work again, which is what 410 says to people, link checkers and
// crawlers alike. Only a link the helpdesk signed can get it, so it tells
// someone guessing links nothing.
const STATUS: Record<ConfirmPageOutcome, number> = { confirmed: 200, already_confirmed: 200, invalid: 404, expired: 410 }

/**
 * REQUEST_CONFIRM_URL: the sender of a ticket held by anti-spam follows it
 * from the mail. Public (the token is the proof) and outside /store, so no
 * publishable key is needed; answers a page, not JSON.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  // Express hands HEAD to a GET handler; a HEAD (link checkers send them) must not confirm.
  if (req.method !== "GET") return refuse(req, res)
  const helpdesk = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const params = HelpdeskConfirmParams.safeParse(req.params)
  let outcome: ConfirmPageOutcome = "invalid"
  let number = ""
  let language: string | null = null
  if (params.success) {
    try {
      const { result } = await confirmTicketSenderWorkflow(req.scope).run({ input: { token: params.data.token } })
      outcome = result.outcome === "confirm" ? "confirmed" : "already_confirmed"
      number = result.ticket.number
      language = result.language
    } catch (error) {
      const code = (error as { code?: string }).code
      if (code === CONFIRM_LINK_EXPIRED) outcome = "expired"
      else if (code !== CONFIRM_LINK_INVALID) throw error
    }
  }
  const options = helpdesk.getOptions()
  const lang = pickLanguage(CONFIRM_PAGE_LANGUAGES, language, req.get("accept-language"), options.defaultLanguage)
  const html = renderPublicPage({ language: lang, site: options.storeName, ...CONFIRM_PAGE_TEXTS[lang][outcome](number) })
  res.status(STATUS[outcome]).set(PUBLIC_PAGE_HEADERS).send(html)
}

/** Following the link is the only thing to do here. */
function refuse(_req: MedusaRequest, res: MedusaResponse) {
  res.status(405).set({ Allow: "GET", "Cache-Control": "no-store" }).type("text/plain").send("Method Not Allowed")
}

export const POST = refuse
export const PUT = refuse
export const PATCH = refuse
export const DELETE = refuse
export const OPTIONS = refuse
export const HEAD = refuse
