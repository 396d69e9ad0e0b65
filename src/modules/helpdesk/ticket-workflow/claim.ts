import { MedusaError } from "@medusajs/framework/utils"

/** The code a refusal because of someone else's claim carries; routes answer 409. */
export const TICKET_CLAIMED = "ticket_claimed"

export interface ClaimState {
  claimed_by_id: string | null
  claim_expires_at: Date | string | null
}

export function activeClaimHolder(ticket: ClaimState, now = new Date()): string | null {
  if (!ticket.claimed_by_id || !ticket.claim_expires_at) {
    return null
  }
  return new Date(ticket.claim_expires_at) > now ? ticket.claimed_by_id : null
}

/** Refuses an agent's action on a ticket someone else holds, naming the holder. */
export function assertNotClaimedByOther(
  ticket: ClaimState,
  agentId: string,
  holderName: (id: string) => string,
  now = new Date()
) {
  const holder = activeClaimHolder(ticket, now)
  if (holder && holder !== agentId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${holderName(holder)} is working on this ticket (claimed until ${new Date(
        ticket.claim_expires_at!
      ).toISOString()}). Take it over to act on it.`,
      TICKET_CLAIMED
    )
  }
}

/** What an agent's action does to the claim: the holder's activity renews it; send-and-close releases it. */
export function claimChangesFor(
  ticket: ClaimState,
  actionId: string,
  agentId: string,
  idleMinutes: number,
  now = new Date()
): Partial<ClaimState> {
  if (activeClaimHolder(ticket, now) !== agentId) {
    return {}
  }
  if (actionId === "reply_and_close") {
    return { claimed_by_id: null, claim_expires_at: null }
  }
  return { claim_expires_at: new Date(now.getTime() + idleMinutes * 60_000) }
}
