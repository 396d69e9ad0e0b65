import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertNotClaimedByOther,
  claimChangesFor,
  HELPDESK_MODULE,
  HelpdeskModuleService,
  planTicketTransition,
  TicketActionDefinition,
  TicketActions,
  ticketChangesFor,
  TicketStateSnapshot,
  TicketTransition,
} from "../../../modules/helpdesk"
import { TicketActor } from "../types"
import { agentNames } from "../utils/agent-names"

export const validateTicketActionStepId = "validate-ticket-action"

export interface ValidateTicketActionInput {
  ticket_id: string
  action: string
  actor: TicketActor
}

export interface ValidatedTicketAction {
  ticket: TicketStateSnapshot
  action: TicketActionDefinition
  transition: TicketTransition
  /** What the action changes on the ticket: status, assignee, claim, archive. */
  changes: Record<string, unknown>
}

/**
 * Refuses an action the ticket's status does not allow (the action matrix is
 * data) or that another agent's claim blocks, and plans what it changes.
 */
export const validateTicketActionStep = createStep(
  validateTicketActionStepId,
  async (input: ValidateTicketActionInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listTickets(
      { id: input.ticket_id },
      {
        select: [
          "id",
          "status",
          "status_before_delete",
          "assignee_id",
          "closed_at",
          "archived_at",
          "claimed_by_id",
          "claim_expires_at",
        ],
      }
    )
    if (!ticket) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${input.ticket_id} was not found.`)
    }
    const { statuses, actions } = await helpdesk.getTicketWorkflow()
    const action = actions.find((a) => a.id === input.action)
    if (!action) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no ticket action "${input.action}".`)
    }
    const agentId = input.actor.type === "agent" ? input.actor.id : null
    // An internal note never collides with the holder's work, so a claim does not block it.
    if (agentId && action.id !== TicketActions.NOTE && ticket.claimed_by_id) {
      const names = await agentNames(container.resolve(ContainerRegistrationKeys.QUERY), [ticket.claimed_by_id])
      assertNotClaimedByOther(ticket, agentId, (id) => names.get(id) ?? id)
    }
    const transition = planTicketTransition(action, ticket, input.actor.type, statuses)
    const changes = {
      ...ticketChangesFor(action, transition, ticket as TicketStateSnapshot, input.actor),
      ...(agentId
        ? claimChangesFor(ticket, action.id, agentId, helpdesk.getOptions().claimIdleMinutes)
        : {}),
    }
    return new StepResponse<ValidatedTicketAction>({
      ticket: ticket as TicketStateSnapshot,
      action,
      transition,
      changes,
    })
  }
)
