import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ACTION_NOT_ALLOWED,
  assertNotClaimedByOther,
  HELPDESK_MODULE,
  HelpdeskModuleService,
  TicketStatuses,
} from "../../../modules/helpdesk"
import { agentNames } from "../../ticket/utils/agent-names"
import { ActionableOrder, OrderActionInput } from "../types"

export const validateOrderActionStepId = "validate-order-action"

/**
 * An agent may act from a ticket only on the ticket's own order or an order
 * of the ticket's customer; any other order answers 404, as if it did not
 * exist, so a ticket cannot be used to reach other customers' orders. A
 * ticket in the trash, or one another agent has claimed, refuses (409), as
 * its other actions do. (Whether the agent may see the ticket at all is the
 * route middleware's check.)
 */
export const validateOrderActionStep = createStep(
  validateOrderActionStepId,
  async (input: OrderActionInput, { container }) => {
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [ticket] = await helpdesk.listTickets(
      { id: input.ticket_id },
      { select: ["id", "status", "customer_id", "order_id", "claimed_by_id", "claim_expires_at"] }
    )
    if (!ticket) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Ticket ${input.ticket_id} was not found.`)
    }
    if (ticket.status === TicketStatuses.DELETED) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The ticket is in the trash: restore it to act on its order.",
        ACTION_NOT_ALLOWED
      )
    }
    if (input.actor.type === "agent" && input.actor.id && ticket.claimed_by_id) {
      const names = await agentNames(query, [ticket.claimed_by_id])
      assertNotClaimedByOther(ticket as any, input.actor.id, (id) => names.get(id) ?? id)
    }
    const { data: [order] } = await query.graph({
      entity: "order",
      fields: ["id", "display_id", "email", "customer_id", "currency_code"],
      filters: { id: input.order_id },
    })
    const belongs =
      order && (order.id === ticket.order_id || (!!ticket.customer_id && order.customer_id === ticket.customer_id))
    if (!belongs) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order ${input.order_id} is neither this ticket's order nor an order of its customer.`
      )
    }
    return new StepResponse<ActionableOrder>({
      id: order.id,
      display_id: order.display_id as number,
      email: order.email ?? null,
      customer_id: order.customer_id ?? null,
      currency_code: order.currency_code,
    })
  }
)
