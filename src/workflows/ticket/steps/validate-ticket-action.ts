import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  HELPDESK_MODULE,
  HelpdeskModuleService,
  planTicketTransition,
  TicketActionDefinition,
  TicketStateSnapshot,
  TicketTransition,
} from "../../../modules/helpdesk"
import { TicketActor } from "../types"

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
}

/** Refuses an action the ticket's status does not allow (the action matrix is data). */
export const validateTicketActionStep = createStep(
  validateTicketActionStepId,
  async (input: ValidateTicketActionInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [ticket] = await helpdesk.listTickets(
      { id: input.ticket_id },
      { select: ["id", "status", "status_before_delete", "assignee_id", "closed_at", "archived_at"] }
    )
    if (!ticket) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${input.ticket_id} was not found.`)
    }
    const { statuses, actions } = await helpdesk.getTicketWorkflow()
    const action = actions.find((a) => a.id === input.action)
    if (!action) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `There is no ticket action "${input.action}".`)
    }
    const transition = planTicketTransition(action, ticket, input.actor.type, statuses)
    return new StepResponse<ValidatedTicketAction>({
      ticket: ticket as TicketStateSnapshot,
      action,
      transition,
    })
  }
)
