import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import HelpdeskModule from "../modules/helpdesk"

// Read-only: the ticket stores order_id itself.
export default defineLink(
  { linkable: HelpdeskModule.linkable.ticket, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
