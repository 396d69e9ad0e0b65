import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../modules/helpdesk"
import { cronIsDue } from "../modules/helpdesk/options"
import { collectEnabledMailboxes } from "../workflows/mailbox/utils/collect-enabled-mailboxes"

/**
 * Every minute, collects every enabled mailbox when the `mailCron` option is
 * due. Job configs cannot read plugin options, so the job wakes each minute
 * and asks the option. Each mailbox runs under its own lease, so several
 * server instances running this job still collect each mailbox once.
 */
export default async function collectMailJob(container: MedusaContainer) {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  if (!cronIsDue(helpdesk.getOptions().mailCron)) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const run of await collectEnabledMailboxes(container)) {
    if (run.error) {
      logger.warn(`medusa-helpdesk: mailbox "${run.name}": ${run.error}`)
    }
  }
}

export const config = {
  name: "helpdesk-collect-mail",
  schedule: "* * * * *",
}
