import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketActions } from "../../../modules/helpdesk"
import { HelpdeskEvents } from "../../events"
import { deleteTicketsPermanentlyStep, validateTicketActionStep } from "../steps"
import { TicketActor } from "../types"

export const deleteTicketPermanentlyWorkflowId = "delete-ticket-permanently"

/** Deletes a ticket in the trash for good: ticket, messages, history and files. */
export const deleteTicketPermanentlyWorkflow = createWorkflow(
  deleteTicketPermanentlyWorkflowId,
  (input: WorkflowData<{ ticket_id: string; actor: TicketActor }>) => {
    const check = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      action: TicketActions.DELETE_PERMANENTLY,
      actor: input.actor,
    }))
    validateTicketActionStep(check)
    const ids = transform({ input }, ({ input }) => [input.ticket_id])
    emitEventStep({
      eventName: HelpdeskEvents.TICKET_DELETED_PERMANENTLY,
      data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
    })
    const deleted = deleteTicketsPermanentlyStep(ids)
    return new WorkflowResponse(deleted)
  }
)
