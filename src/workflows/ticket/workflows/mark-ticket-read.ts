import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { markTicketReadStep } from "../steps"

/** An agent opened a ticket: it is no longer unread for them (F-LIST). */
export const markTicketReadWorkflow = createWorkflow(
  "mark-ticket-read",
  (input: WorkflowData<{ ticket_id: string; user_id: string }>) => new WorkflowResponse(markTicketReadStep(input))
)
