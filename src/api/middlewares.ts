import { defineMiddlewares } from "@medusajs/framework/http"
import { adminTicketRoutesMiddlewares } from "./admin/helpdesk/tickets/middlewares"

export default defineMiddlewares({
  routes: [...adminTicketRoutesMiddlewares],
})
