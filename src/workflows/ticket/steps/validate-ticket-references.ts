import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CreateTicketWorkflowInput } from "../types"
import { findAll, Query } from "../utils/find-all"

export const validateTicketReferencesStepId = "validate-ticket-references"

const CUSTOMER_FIELDS = ["email", "first_name", "last_name"]

const present = (values: (string | null | undefined)[]) => values.filter((v): v is string => !!v)

/**
 * Checks that the customer, order, department and assignee a new ticket points
 * at exist, and fills the contact from the customer (or the order's customer)
 * when the caller gave only an id.
 */
export const validateTicketReferencesStep = createStep(
  validateTicketReferencesStepId,
  async (tickets: CreateTicketWorkflowInput[], { container }) => {
    const query: Query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = (key: keyof CreateTicketWorkflowInput) => present(tickets.map((t) => t[key] as string))

    const orders = await findAll(query, "order", "Order", ids("order_id"), ["customer_id", "email"])
    const customers = await findAll(query, "customer", "Customer", ids("customer_id"), CUSTOMER_FIELDS)
    // An order's customer is looked up but not required: it may have been deleted since.
    const orderCustomerIds = present([...orders.values()].map((o) => o.customer_id)).filter(
      (id) => !customers.has(id)
    )
    if (orderCustomerIds.length) {
      const { data } = await query.graph({
        entity: "customer",
        fields: ["id", ...CUSTOMER_FIELDS],
        filters: { id: orderCustomerIds },
      })
      data.forEach((c) => customers.set(c.id, c))
    }
    await findAll(query, "department", "Department", ids("department_id"), [])
    await findAll(query, "user", "Admin user", ids("assignee_id"), [])

    const resolved = tickets.map((ticket) => {
      const order = ticket.order_id ? orders.get(ticket.order_id) : undefined
      const customerId = ticket.customer_id ?? order?.customer_id ?? null
      const customer = customerId ? customers.get(customerId) : undefined
      const contactEmail: string | undefined = ticket.contact_email ?? customer?.email ?? order?.email
      if (!contactEmail) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "A ticket needs contact_email, or a customer_id or order_id whose customer has an email."
        )
      }
      const customerName = present([customer?.first_name, customer?.last_name]).join(" ")
      return {
        ...ticket,
        customer_id: customer ? customerId : null,
        contact_email: contactEmail.toLowerCase(),
        contact_name: ticket.contact_name ?? (customerName || null),
      }
    })
    return new StepResponse(resolved)
  }
)
