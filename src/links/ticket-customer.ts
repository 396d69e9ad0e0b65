import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import HelpdeskModule from "../modules/helpdesk"

// Read-only: the ticket stores customer_id itself, so no link table is needed.
export default defineLink(
  { linkable: HelpdeskModule.linkable.ticket, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
