import { createWorkflow, WorkflowData, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { addTicketWatcherStep, removeTicketWatcherStep } from "../steps"

/** Follow a ticket: the notifications issue tells watchers of every action on it (F-WATCH). */
export const watchTicketWorkflow = createWorkflow(
  "watch-ticket",
  (input: WorkflowData<{ ticket_id: string; user_id: string }>) => new WorkflowResponse(addTicketWatcherStep(input))
)

export const unwatchTicketWorkflow = createWorkflow(
  "unwatch-ticket",
  (input: WorkflowData<{ ticket_id: string; user_id: string }>) =>
    new WorkflowResponse(removeTicketWatcherStep(input))
)
