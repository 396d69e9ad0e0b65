import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { TicketsWidget } from "../components/tickets-widget"
import { useHelpdeskT } from "../lib/i18n"

/** On a customer's page: their tickets with status, and New ticket for them. */
const CustomerTicketsWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const t = useHelpdeskT("widgets")
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ")
  return (
    <TicketsWidget
      testId="customer-tickets-widget"
      filter={{ customer_id: customer.id }}
      empty={t("tickets.empty_customer")}
      prefill={{
        customer_id: customer.id,
        contact_email: customer.email ?? undefined,
        contact_name: name || undefined,
        customer_label: name || customer.email || undefined,
      }}
    />
  )
}

export const config = defineWidgetConfig({
  zone: "customer.details.after",
})

export default CustomerTicketsWidget
