import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../modules/helpdesk"
import { drainOutbox } from "../workflows/outbox"

/**
 * Every minute: sends outgoing mail that is due — retries, mail whose
 * sender died holding it, mail queued while no worker listened. Records are
 * claimed row by row, so every instance may run this at once.
 */
export default async function sendOutboundMailJob(container: MedusaContainer) {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  try {
    await drainOutbox(container, { budgetMs: 50_000 })
    await helpdesk.pruneSendCounters()
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`medusa-helpdesk: the mail-out job failed: ${(error as Error).message}`)
  }
}

export const config = {
  name: "helpdesk-send-outbound-mail",
  schedule: "* * * * *",
}
