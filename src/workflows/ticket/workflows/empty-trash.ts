import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { deleteTicketsPermanentlyStep, listVisibleTrashStep } from "../steps"

export const emptyTrashWorkflowId = "empty-helpdesk-trash"

/**
 * Deletes for good every ticket in the trash that the agent may see: a
 * supervisor empties all of it, another agent only their departments', their
 * own and department-less tickets.
 */
export const emptyTrashWorkflow = createWorkflow(
  emptyTrashWorkflowId,
  (input: WorkflowData<{ actor: { type: "agent"; id: string } }>) => {
    const ids = listVisibleTrashStep(transform({ input }, ({ input }) => ({ user_id: input.actor.id })))
    emitEventStep({
      eventName: HelpdeskEvents.TICKET_DELETED_PERMANENTLY,
      data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
    })
    const deleted = deleteTicketsPermanentlyStep(ids)
    return new WorkflowResponse(deleted)
  }
)
