import { createWorkflow, transform, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTicketStep } from "../steps"

export const markTicketReadByCustomerWorkflowId = "mark-ticket-read-by-customer"

/** The customer has read support's replies so far: the request is no longer "new reply" for them. */
export const markTicketReadByCustomerWorkflow = createWorkflow(
  markTicketReadByCustomerWorkflowId,
  (input: WorkflowData<{ ticket_id: string }>) => {
    const ticket = updateTicketStep(transform({ input }, ({ input }) => ({ id: input.ticket_id, customer_read_at: new Date() })))
    return new WorkflowResponse(ticket)
  }
)
