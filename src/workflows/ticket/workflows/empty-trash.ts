import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketStatuses } from "../../../modules/helpdesk"
import { HelpdeskEvents } from "../../events"
import { deleteTicketsPermanentlyStep } from "../steps"
import { TicketActor } from "../types"

export const emptyTrashWorkflowId = "empty-helpdesk-trash"

/** Deletes every ticket in the trash for good. */
export const emptyTrashWorkflow = createWorkflow(
  emptyTrashWorkflowId,
  (_input: WorkflowData<{ actor: TicketActor }>) => {
    const { data: tickets } = useQueryGraphStep({
      entity: "ticket",
      fields: ["id"],
      filters: { status: TicketStatuses.DELETED },
    })
    const ids = transform({ tickets }, ({ tickets }) => tickets.map((t: { id: string }) => t.id))
    emitEventStep({
      eventName: HelpdeskEvents.TICKET_DELETED_PERMANENTLY,
      data: transform({ ids }, ({ ids }) => ids.map((id) => ({ id }))),
    })
    const deleted = deleteTicketsPermanentlyStep(ids)
    return new WorkflowResponse(deleted)
  }
)
