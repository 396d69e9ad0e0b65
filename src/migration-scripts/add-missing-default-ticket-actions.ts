import { ExecArgs } from "@medusajs/framework/types"
import { DEFAULT_TICKET_ACTIONS, HELPDESK_MODULE, HelpdeskModuleService, TicketActions } from "../modules/helpdesk"

/**
 * Defaults are seeded only into an empty action table, so a store set up
 * before an action existed lacks it. The ones the helpdesk's own code runs
 * (a customer confirming their address) are added once here, as shipped;
 * actions a merchant edited or removed otherwise stay as they are.
 */
const REQUIRED = [TicketActions.CONFIRM]

export default async function addMissingDefaultTicketActions({ container }: ExecArgs) {
  const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
  const present = new Set((await helpdesk.listTicketActions({ id: REQUIRED as string[] }, { select: ["id"] })).map((a) => a.id))
  const missing = DEFAULT_TICKET_ACTIONS.filter((a) => REQUIRED.includes(a.id as never) && !present.has(a.id))
  const any = await helpdesk.listTicketActions({}, { select: ["id"], take: 1 })
  // An empty table is seeded whole on first use; nothing to add to it here.
  if (missing.length && any.length) await helpdesk.createTicketActions(missing)
}
