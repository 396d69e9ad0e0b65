import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { TicketActions } from "../../../modules/helpdesk"
import { HelpdeskEvents } from "../../events"
import { createTicketAttachmentsStep, createTicketMessagesStep, validateTicketActionStep } from "../steps"
import { TicketActor, TicketFile } from "../types"

export const addTicketNoteWorkflowId = "add-ticket-note"

export interface AddTicketNoteWorkflowInput {
  ticket_id: string
  actor: TicketActor
  body_text: string
  /** Rich text from the editor, already sanitised; the text stays beside it. */
  body_html?: string | null
  /** Files stored through the File module for this note; like the note, agents only. */
  attachments?: TicketFile[]
}

/** Adds an internal note: agents see it, customers never do, nothing is sent. */
export const addTicketNoteWorkflow = createWorkflow(
  addTicketNoteWorkflowId,
  (input: WorkflowData<AddTicketNoteWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      ticket_id: input.ticket_id,
      action: TicketActions.NOTE,
      actor: input.actor,
    }))
    validateTicketActionStep(check)
    const note = transform({ input }, ({ input }) => [
      {
        ticket_id: input.ticket_id,
        kind: "note" as const,
        author_type: "agent" as const,
        author_id: input.actor.id ?? null,
        body_text: input.body_text,
        body_html: input.body_html ?? null,
      },
    ])
    const createdMessages = createTicketMessagesStep(note)
    const created = transform({ createdMessages }, ({ createdMessages }) => createdMessages[0])
    createTicketAttachmentsStep(
      transform({ input, created }, ({ input, created }) => (input.attachments ?? []).map((file) => ({ ...file, message_id: created.id })))
    )
    emitEventStep({
      eventName: HelpdeskEvents.NOTE_CREATED,
      data: transform({ created, input }, ({ created, input }) => ({ id: created.id, ticket_id: input.ticket_id, actor_id: input.actor.id ?? null })),
    })
    return new WorkflowResponse(created)
  }
)
