import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketActions } from "../../../modules/helpdesk"
import { HelpdeskEvents } from "../../events"
import {
  createTicketEventsStep,
  updateTicketStep,
  validateAssignmentStep,
  validateTicketActionStep,
} from "../steps"
import { TicketActor } from "../types"

export const assignTicketWorkflowId = "assign-ticket"

export interface AssignTicketWorkflowInput {
  ticket_id: string
  actor: TicketActor
  /** `null` unassigns; leaving a key out keeps its value. */
  assignee_id?: string | null
  department_id?: string | null
  comment?: string | null
}

/** Assigns a ticket to an agent and/or a department, with an optional comment. */
export const assignTicketWorkflow = createWorkflow(
  assignTicketWorkflowId,
  (input: WorkflowData<AssignTicketWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      action: TicketActions.ASSIGN,
      actor: input.actor,
    }))
    const validated = validateTicketActionStep(check)
    validateAssignmentStep(input)
    const changes = transform({ validated, input }, ({ validated, input }) => ({
      id: input.ticket_id,
      ...validated.changes,
      ...(input.assignee_id !== undefined ? { assignee_id: input.assignee_id } : {}),
      ...(input.department_id !== undefined ? { department_id: input.department_id } : {}),
    }))
    const ticket = updateTicketStep(changes)
    const history = transform({ input }, ({ input }) => [
      {
        ticket_id: input.ticket_id,
        type: TicketActions.ASSIGN,
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        data: {
          assignee_id: input.assignee_id,
          department_id: input.department_id,
          comment: input.comment ?? null,
        },
      },
    ])
    createTicketEventsStep(history)
    emitEventStep({
      eventName: HelpdeskEvents.TICKET_ASSIGNED,
      data: transform({ input }, ({ input }) => ({
        id: input.ticket_id,
        actor_id: input.actor.id ?? null,
        assignee_id: input.assignee_id,
        department_id: input.department_id,
      })),
    })
    return new WorkflowResponse(ticket)
  }
)
