import { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../../../modules/helpdesk"

/**
 * The startup options an agent may want to know (set in medusa-config.ts, so
 * read-only in the admin). Listed one by one: a new option, or a secret, is
 * never shown by accident.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const helpdesk: HelpdeskModuleService = req.scope.resolve(HELPDESK_MODULE)
  const o = helpdesk.getOptions()
  res.json({
    options: {
      ticketNumberDigits: o.ticketNumberDigits,
      subjectTag: o.subjectTag,
      forwardTag: o.forwardTag,
      claimIdleMinutes: o.claimIdleMinutes,
      defaultLanguage: o.defaultLanguage,
      mailCron: o.mailCron,
      uploadMaxFiles: o.uploadMaxFiles,
      uploadMaxBytes: o.uploadMaxBytes,
      uploadExtensions: o.uploadExtensions,
      storeName: o.storeName,
      publicUrl: o.publicUrl,
      storefrontRequestsUrl: o.storefrontRequestsUrl ?? null,
      confirmLinkTtlHours: o.confirmLinkTtlHours,
    },
  })
}
