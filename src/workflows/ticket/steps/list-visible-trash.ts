import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { canSeeTicket, HELPDESK_MODULE, HelpdeskModuleService, TicketStatuses } from "../../../modules/helpdesk"

export const listVisibleTrashStepId = "list-visible-trash"

/**
 * The ids of the deleted tickets an agent may see (SPEC §6 "Who is an agent"):
 * emptying the trash must not reach into other departments' trash.
 */
export const listVisibleTrashStep = createStep(
  listVisibleTrashStepId,
  async (input: { user_id: string }, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const [tickets, scope] = await Promise.all([
      helpdesk.listTickets({ status: TicketStatuses.DELETED }, { select: ["id", "department_id", "assignee_id"] }),
      helpdesk.getAgentScope(input.user_id),
    ])
    return new StepResponse(tickets.filter((t) => canSeeTicket(scope, t as any)).map((t) => t.id))
  }
)
