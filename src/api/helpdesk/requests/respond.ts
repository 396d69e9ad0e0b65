import { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { GUEST_PAGE_HEADERS } from "../../../lib/pages/guest-layout"
import { GUEST_PAGE_LANGUAGES, GUEST_TEXTS, GuestPageLanguage, GuestTexts } from "../../../lib/pages/guest-texts"
import { pickLanguage, PUBLIC_PAGE_HEADERS, renderPublicPage } from "../../../lib/pages/public-page"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"

export interface GuestPageContext {
  language: GuestPageLanguage
  site: string
  texts: GuestTexts
}

/** The language of a guest page: what the helpdesk knows of the guest, else their browser's, else the store's default. */
export function guestPageContext(req: MedusaRequest, preferred: string | null): GuestPageContext {
  const options = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions()
  const language = pickLanguage(GUEST_PAGE_LANGUAGES, preferred, req.get("accept-language"), options.defaultLanguage)
  return { language, site: options.storeName, texts: GUEST_TEXTS[language] }
}

export function sendGuestPage(res: MedusaResponse, status: number, html: string) {
  res.status(status).set(GUEST_PAGE_HEADERS).send(html)
}

/**
 * One answer for a bad, altered or revoked link, and for a request that is
 * not the link's: nothing says which, or that anything exists.
 */
export function sendGuestNotFound(req: MedusaRequest, res: MedusaResponse) {
  const { language, site, texts } = guestPageContext(req, null)
  res.status(404).set(PUBLIC_PAGE_HEADERS).send(renderPublicPage({ language, site, ...texts.notFound }))
}
