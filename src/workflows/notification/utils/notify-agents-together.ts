import { MedusaContainer } from "@medusajs/framework/types"
import { batcherPerOwner, createBatcher } from "../../../lib/batching/batcher"
import { TicketNotice } from "../steps/compose-agent-notifications"
import { notifyAgentsWorkflow } from "../workflows/notify-agents"

const notifierOf = batcherPerOwner((container: MedusaContainer) =>
  createBatcher(
    async (notices: TicketNotice[]) => {
      await notifyAgentsWorkflow(container).run({ input: { notices } })
      return notices.map(() => undefined)
    },
    { maxSize: 200 }
  )
)

/**
 * Tells agents of one happening, in a run of notifyAgentsWorkflow shared
 * with the happenings that come in while the last run works: a burst of new
 * tickets (a busy form, a campaign's replies) costs a few runs, each reading
 * the team, preferences and mailboxes once, instead of one run per ticket.
 * Resolves once this notice's run is done.
 */
export function notifyAgentsTogether(container: MedusaContainer, notice: TicketNotice): Promise<void> {
  return notifierOf(container)(notice)
}
