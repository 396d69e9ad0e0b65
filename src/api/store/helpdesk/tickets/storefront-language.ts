import { MedusaRequest } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../modules/helpdesk"
import { pickLanguage } from "../../../../lib/pages/public-page"

const LANGUAGES = ["en", "ru"] as const

/**
 * The language a request from the storefront is in: the storefront's locale
 * (Medusa reads `x-medusa-locale` or `?locale=` into `req.locale`) when the
 * helpdesk speaks it, else the store's default. Its mails and pages follow it.
 */
export function storefrontLanguage(req: MedusaRequest): (typeof LANGUAGES)[number] {
  const fallback = req.scope.resolve<HelpdeskModuleService>(HELPDESK_MODULE).getOptions().defaultLanguage
  return pickLanguage(LANGUAGES, (req as MedusaRequest & { locale?: string }).locale, undefined, fallback)
}
