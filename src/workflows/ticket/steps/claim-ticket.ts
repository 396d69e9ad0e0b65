import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  activeClaimHolder,
  assertNotClaimedByOther,
  HELPDESK_MODULE,
  HelpdeskModuleService,
} from "../../../modules/helpdesk"
import { agentNames } from "../utils/agent-names"

export const claimTicketStepId = "claim-ticket"

export interface ClaimTicketStepInput {
  ticket_id: string
  agent_id: string
  /** Take the ticket from the agent who holds it now. */
  take_over?: boolean
}

/**
 * Claims a ticket for an agent until they go idle. Another agent's live claim
 * is refused unless taken over explicitly. Returns who held it before.
 */
export const claimTicketStep = createStep(
  claimTicketStepId,
  async (input: ClaimTicketStepInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ticket = await helpdesk.retrieveTicket(input.ticket_id, {
      select: ["id", "claimed_by_id", "claim_expires_at"],
    })
    const holder = activeClaimHolder(ticket)
    if (holder && !input.take_over) {
      const names = await agentNames(container.resolve(ContainerRegistrationKeys.QUERY), [holder])
      assertNotClaimedByOther(ticket, input.agent_id, (id) => names.get(id) ?? id)
    }
    const expires = new Date(Date.now() + helpdesk.getOptions().claimIdleMinutes * 60_000)
    await helpdesk.updateTickets({ id: ticket.id, claimed_by_id: input.agent_id, claim_expires_at: expires })
    return new StepResponse(
      { previous_holder: holder, claim_expires_at: expires },
      { id: ticket.id, claimed_by_id: ticket.claimed_by_id, claim_expires_at: ticket.claim_expires_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) return
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    await helpdesk.updateTickets(previous as any)
  }
)
