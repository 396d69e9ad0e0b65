import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findAll, Query } from "../utils/find-all"

export const validateTicketLinksStepId = "validate-ticket-links"

/** Checks that the order and customer a ticket is being linked to exist. */
export const validateTicketLinksStep = createStep(
  validateTicketLinksStepId,
  async (input: { order_id?: string | null; customer_id?: string | null }, { container }) => {
    const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
    await findAll(query, "order", "Order", input.order_id ? [input.order_id] : [], [])
    await findAll(query, "customer", "Customer", input.customer_id ? [input.customer_id] : [], [])
    return new StepResponse(input)
  }
)
