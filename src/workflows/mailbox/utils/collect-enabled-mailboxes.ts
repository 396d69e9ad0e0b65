import { MedusaContainer } from "@medusajs/framework/types"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { collectMailboxWorkflow } from "../workflows/collect-mailbox"

export interface MailboxCollection {
  mailbox_id: string
  name: string
  /** Another process was collecting it: nothing was done here. */
  busy: boolean
  imported: number
  error: string | null
}

/**
 * One collection run of every enabled mailbox, one after another, each under
 * its own lease (so another instance's run is skipped, not repeated). One
 * mailbox's failure is reported and the next one still runs.
 */
export async function collectEnabledMailboxes(container: MedusaContainer): Promise<MailboxCollection[]> {
  const helpdesk = container.resolve<HelpdeskModuleService>(HELPDESK_MODULE)
  const mailboxes = await helpdesk.listMailboxes({ enabled: true }, { select: ["id", "name"], order: { name: "ASC" } })
  const runs: MailboxCollection[] = []
  for (const mailbox of mailboxes) {
    const run = { mailbox_id: mailbox.id, name: mailbox.name }
    try {
      const { result } = await collectMailboxWorkflow(container).run({ input: { mailbox_id: mailbox.id } })
      runs.push({ ...run, busy: result.busy, imported: result.imported ?? 0, error: result.error ?? null })
    } catch (error) {
      runs.push({ ...run, busy: false, imported: 0, error: (error as Error).message })
    }
  }
  return runs
}
