import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createTicketEventsStep, updateTicketStep } from "../steps"
import { validateCustomerArchiveStep } from "../steps/validate-customer-archive"
import { TicketActor } from "../types"

export const archiveTicketWorkflowId = "archive-ticket"

export interface ArchiveTicketWorkflowInput {
  ticket_id: string
  /** true puts the request away in the customer's archive; false brings it back. */
  archived: boolean
  actor: TicketActor
}

/**
 * The customer's own filing of a request: it moves between "My requests"
 * and the archive; its status does not change. The customer's next message
 * brings it back out, and a reply from support shows as a new reply.
 */
export const archiveTicketWorkflow = createWorkflow(archiveTicketWorkflowId, (input: WorkflowData<ArchiveTicketWorkflowInput>) => {
  validateCustomerArchiveStep(transform({ input }, ({ input }) => ({ ticket_id: input.ticket_id, archived: input.archived })))
  const ticket = updateTicketStep(
    transform({ input }, ({ input }) => ({ id: input.ticket_id, archived_at: input.archived ? new Date() : null }))
  )
  createTicketEventsStep(
    transform({ input }, ({ input }) => [
      {
        ticket_id: input.ticket_id,
        type: input.archived ? "archived" : "unarchived",
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        data: {},
      },
    ])
  )
  return new WorkflowResponse(ticket)
})
