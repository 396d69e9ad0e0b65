import { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../modules/helpdesk"
import { cronIsDue } from "../modules/helpdesk/options"
import { collectMailboxWorkflow } from "../workflows/mailbox"

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
  const mailboxes = await helpdesk.listMailboxes({ enabled: true }, { select: ["id", "name"] })
  for (const mailbox of mailboxes) {
    try {
      const { result } = await collectMailboxWorkflow(container).run({ input: { mailbox_id: mailbox.id } })
      if (result.error) {
        logger.warn(`medusa-helpdesk: mailbox "${mailbox.name}": ${result.error}`)
      }
    } catch (error) {
      logger.error(`medusa-helpdesk: collecting mailbox "${mailbox.name}" failed: ${(error as Error).message}`)
    }
  }
}

export const config = {
  name: "helpdesk-collect-mail",
  schedule: "* * * * *",
}
