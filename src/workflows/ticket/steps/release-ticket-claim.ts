import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertNotClaimedByOther,
  HELPDESK_MODULE,
  HelpdeskModuleService,
} from "../../../modules/helpdesk"
import { agentNames } from "../utils/agent-names"

export const releaseTicketClaimStepId = "release-ticket-claim"

/** Releases the agent's own claim; someone else's live claim cannot be released. */
export const releaseTicketClaimStep = createStep(
  releaseTicketClaimStepId,
  async (input: { ticket_id: string; agent_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveTicket(input.ticket_id, {
      select: ["id", "claimed_by_id", "claim_expires_at"],
    })
    if (ticket.claimed_by_id && ticket.claimed_by_id !== input.agent_id) {
      const names = await agentNames(container.resolve(ContainerRegistrationKeys.QUERY), [ticket.claimed_by_id])
      assertNotClaimedByOther(ticket, input.agent_id, (id) => names.get(id) ?? id)
    }
    await helpdesk.updateTickets({ id: ticket.id, claimed_by_id: null, claim_expires_at: null })
    return new StepResponse(ticket.claimed_by_id, {
      id: ticket.id,
      claimed_by_id: ticket.claimed_by_id,
      claim_expires_at: ticket.claim_expires_at,
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTickets(previous as any)
  }
)
