import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { HelpdeskEvents } from "../../events"
import { createTicketEventsStep, updateTicketStep, validateTicketLinksStep } from "../steps"
import { TicketActor } from "../types"

export const updateTicketDetailsWorkflowId = "update-ticket-details"

export interface UpdateTicketDetailsWorkflowInput {
  ticket_id: string
  actor: TicketActor
  subject?: string
  /** `null` unlinks. */
  order_id?: string | null
  customer_id?: string | null
}

const EDITABLE = ["subject", "order_id", "customer_id"] as const
const EVENT_TYPES = { subject: "subject_changed", order_id: "order_linked", customer_id: "customer_linked" }

/**
 * Edits a ticket's subject, linked order or linked customer (SPEC §5); each
 * change is a line of history with the old and new value.
 */
export const updateTicketDetailsWorkflow = createWorkflow(
  updateTicketDetailsWorkflowId,
  (input: WorkflowData<UpdateTicketDetailsWorkflowInput>) => {
    const { data: current } = useQueryGraphStep({
      entity: "ticket",
      fields: ["id", ...EDITABLE],
      filters: { id: input.ticket_id },
      options: { throwIfKeyNotFound: true },
    })
    validateTicketLinksStep(input)
    const diff = transform({ current, input }, ({ current, input }) =>
      EDITABLE.filter((key) => input[key] !== undefined && input[key] !== current[0][key]).map((key) => ({
        key,
        from: current[0][key] ?? null,
        to: input[key] ?? null,
      }))
    )
    const changes = transform({ diff, input }, ({ diff, input }) => ({
      id: input.ticket_id,
      ...Object.fromEntries(diff.map((d) => [d.key, d.to])),
    }))
    const ticket = updateTicketStep(changes)
    const history = transform({ diff, input }, ({ diff, input }) =>
      diff.map((d) => ({
        ticket_id: input.ticket_id,
        type: EVENT_TYPES[d.key],
        actor_type: input.actor.type,
        actor_id: input.actor.id ?? null,
        data: { from: d.from, to: d.to },
      }))
    )
    createTicketEventsStep(history)
    emitEventStep({
      eventName: HelpdeskEvents.TICKET_UPDATED,
      data: transform({ diff, input }, ({ diff, input }) => ({ id: input.ticket_id, actor_id: input.actor.id ?? null, changed: diff.map((d) => d.key) })),
    })
    return new WorkflowResponse(ticket)
  }
)
