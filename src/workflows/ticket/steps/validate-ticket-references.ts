import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { HELPDESK_MODULE, HelpdeskModuleService } from "../../../modules/helpdesk"
import { CreateTicketWorkflowInput } from "../types"

export const validateTicketReferencesStepId = "validate-ticket-references"

/**
 * Checks that the customer, order and department a new ticket points at
 * exist, and fills the contact from the customer (or the order's customer)
 * when the caller gave only an id.
 */
export const validateTicketReferencesStep = createStep(
  validateTicketReferencesStepId,
  async (tickets: CreateTicketWorkflowInput[], { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const helpdesk: HelpdeskModuleService = container.resolve(HELPDESK_MODULE)
    const ids = (key: "customer_id" | "order_id" | "department_id") => [
      ...new Set(tickets.map((t) => t[key]).filter((id): id is string => !!id)),
    ]

    const { data: orders } = ids("order_id").length
      ? await query.graph({
          entity: "order",
          fields: ["id", "customer_id", "email"],
          filters: { id: ids("order_id") },
        })
      : { data: [] }
    const orderById = new Map(orders.map((o: any) => [o.id, o]))
    assertAllFound("Order", ids("order_id"), orderById)

    const customerIds = [
      ...new Set([
        ...ids("customer_id"),
        ...orders.map((o: any) => o.customer_id).filter(Boolean),
      ]),
    ]
    const { data: customers } = customerIds.length
      ? await query.graph({
          entity: "customer",
          fields: ["id", "email", "first_name", "last_name"],
          filters: { id: customerIds },
        })
      : { data: [] }
    const customerById = new Map(customers.map((c: any) => [c.id, c]))
    assertAllFound("Customer", ids("customer_id"), customerById)

    const departmentIds = ids("department_id")
    if (departmentIds.length) {
      const found = await helpdesk.listDepartments({ id: departmentIds }, { select: ["id"] })
      assertAllFound("Department", departmentIds, new Map(found.map((d) => [d.id, d])))
    }

    const resolved = tickets.map((ticket) => {
      const order: any = ticket.order_id ? orderById.get(ticket.order_id) : undefined
      const customerId = ticket.customer_id ?? order?.customer_id ?? null
      const customer: any = customerId ? customerById.get(customerId) : undefined
      const contactEmail = ticket.contact_email ?? customer?.email ?? order?.email
      if (!contactEmail) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "A ticket needs contact_email, or a customer_id or order_id whose customer has an email."
        )
      }
      const customerName = [customer?.first_name, customer?.last_name]
        .filter(Boolean)
        .join(" ")
      return {
        ...ticket,
        customer_id: customerId,
        contact_email: contactEmail.toLowerCase(),
        contact_name: ticket.contact_name ?? (customerName || null),
      }
    })
    return new StepResponse(resolved)
  }
)

function assertAllFound(label: string, wanted: string[], found: Map<string, unknown>) {
  const missing = wanted.filter((id) => !found.has(id))
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${label} ${missing.join(", ")} was not found.`
    )
  }
}
