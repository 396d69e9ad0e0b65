import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createTicketEventsStep,
  createTicketsStep,
  moveTicketMessagesStep,
  planTicketSplitStep,
} from "../steps"
import { TicketActor } from "../types"

export const splitTicketWorkflowId = "split-ticket"

/**
 * Splits a ticket in two: the chosen message and everything after it move to
 * a new ticket for the same customer. Both histories say so.
 */
export const splitTicketWorkflow = createWorkflow(
  splitTicketWorkflowId,
  (input: WorkflowData<{ ticket_id: string; message_id: string; actor: TicketActor }>) => {
    const plan = planTicketSplitStep(input)
    const newTicket = transform({ plan }, ({ plan }) => {
      const t = plan.ticket
      return [
        {
          subject: t.subject,
          channel: t.channel,
          customer_id: t.customer_id,
          contact_email: t.contact_email,
          contact_name: t.contact_name,
          department_id: t.department_id,
          assignee_id: t.assignee_id,
          order_id: t.order_id,
          language: t.language,
          last_message_at: new Date(),
        },
      ]
    })
    const created = createTicketsStep(newTicket)
    const split = transform({ created }, ({ created }) => created[0])
    moveTicketMessagesStep(
      transform({ plan, split }, ({ plan, split }) => ({ message_ids: plan.message_ids, to_ticket_id: split.id }))
    )
    const history = transform({ plan, split, input }, ({ plan, split, input }) => {
      const actor = { actor_type: input.actor.type, actor_id: input.actor.id ?? null }
      return [
        { ticket_id: plan.ticket.id, type: "split", ...actor, data: { to: split.id, number: split.number, message_id: input.message_id } },
        { ticket_id: split.id, type: "split_from", ...actor, data: { from: plan.ticket.id, number: plan.ticket.number } },
      ]
    })
    createTicketEventsStep(history)
    return new WorkflowResponse(split)
  }
)
