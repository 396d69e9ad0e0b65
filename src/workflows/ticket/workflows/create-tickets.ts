import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createHook,
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { CreateTicketEventInput, CreateTicketMessageInput } from "../../../modules/helpdesk"
import { HelpdeskEvents } from "../../events"
import {
  createTicketAttachmentsStep,
  createTicketEventsStep,
  createTicketMessagesStep,
  createTicketsStep,
  validateTicketReferencesStep,
} from "../steps"
import { CreateTicketsWorkflowInput } from "../types"

export const createTicketsWorkflowId = "create-tickets"

/**
 * Opens tickets: each gets a random public number, its first message and a
 * "created" line of history. Emits `helpdesk.ticket.created`; the
 * `ticketsCreated` hook lets other plugins act on `additional_data`.
 */
export const createTicketsWorkflow = createWorkflow(
  createTicketsWorkflowId,
  (input: WorkflowData<CreateTicketsWorkflowInput>) => {
    const resolved = validateTicketReferencesStep(input.tickets)

    const ticketData = transform({ resolved }, ({ resolved }) => {
      const now = new Date()
      return resolved.map(({ message, ...ticket }) => ({
        ...ticket,
        last_message_at: message ? now : null,
        last_customer_message_at: message && (message.author_type ?? "customer") === "customer" ? now : null,
      }))
    })
    const tickets = createTicketsStep(ticketData)

    const records = transform({ tickets, resolved, input }, ({ tickets, resolved, input }) => {
      const messages: CreateTicketMessageInput[] = []
      const events: CreateTicketEventInput[] = []
      tickets.forEach((ticket, i) => {
        const message = resolved[i].message
        events.push({
          ticket_id: ticket.id,
          type: "created",
          actor_type: input.actor.type,
          actor_id: input.actor.id ?? null,
          data: { channel: ticket.channel, status: ticket.status },
        })
        if (!message) {
          return
        }
        const byCustomer = (message.author_type ?? "customer") === "customer"
        messages.push({
          ticket_id: ticket.id,
          kind: "message",
          author_type: byCustomer ? "customer" : "agent",
          author_id: byCustomer ? ticket.customer_id : input.actor.id ?? null,
          author_email: byCustomer ? ticket.contact_email : null,
          author_name: byCustomer ? ticket.contact_name : null,
          body_text: message.body_text,
        })
      })
      return { messages, events }
    })
    const createdMessages = createTicketMessagesStep(records.messages)
    createTicketAttachmentsStep(
      transform({ createdMessages, tickets, resolved }, ({ createdMessages, tickets, resolved }) => {
        const filesOf = new Map(tickets.map((t, i) => [t.id, resolved[i].message?.attachments ?? []]))
        return createdMessages.flatMap((m) => (filesOf.get(m.ticket_id) ?? []).map((file) => ({ ...file, message_id: m.id })))
      })
    )
    createTicketEventsStep(records.events)

    const eventData = transform({ tickets, input }, ({ tickets, input }) =>
      tickets.map((t) => ({ id: t.id, number: t.number, channel: t.channel, status: t.status, actor_id: input.actor.type === "agent" ? input.actor.id ?? null : null }))
    )
    emitEventStep({ eventName: HelpdeskEvents.TICKET_CREATED, data: eventData })

    const ticketsCreated = createHook("ticketsCreated", {
      tickets,
      additional_data: input.additional_data,
    })
    return new WorkflowResponse(tickets, { hooks: [ticketsCreated] })
  }
)
